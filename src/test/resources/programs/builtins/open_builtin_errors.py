try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("_x.txt", "zz")
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError))
