print("a b  c".split())
print("  lead and trail  ".split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("a,b,c,d".rsplit(",", 1))
print("a b c".rsplit())
print("".split(), "".split(","))
print("one\ttwo\nthree".split())
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("a::b::c".split("::"))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print("line1\nline2\r\nline3".splitlines())
print("a\n\nb\n".splitlines())
print("x\ny\n".splitlines(True))
