import io
print(io.UnsupportedOperation.__mro__, issubclass(io.UnsupportedOperation, ValueError))
try:
    open(__file__).write("x")
except ValueError as e:
    print("VE", type(e).__name__, e)
try:
    import sys; sys.stdout.fileno(); open(__file__).fileno() if False else None
except OSError as e:
    print(e)
