import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end="!\n")
print()
print("no newline", end="")
print(" -- continued")
print(1, 2.0, None, True, [1], {"k": "v"}, (1,), sep=", ")
print("to stdout explicitly", file=sys.stdout)
print(*range(5))
print(*[], sep="x")
print("", end="")
print("x", end=None)
print("y", sep=None)
print("multi\nline")
class S:
    def __str__(self): return "S-str"
print(S(), [S()] if False else "list skipped")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=1)
except TypeError as e:
    print(type(e).__name__, e)
