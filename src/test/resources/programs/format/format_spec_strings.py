print(format("abc", ""), format("abc", "10") + "|", format("abc", ">10"), format("abc", "^10") + "|")
print(format("abcdef", ".3"), format("abcdef", "8.2") + "|")
print(format("x", "*<5"), format("x", "->5"))
try:
    format("x", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3, "s")
except ValueError as e:
    print(type(e).__name__, e)
print("{:>8}|{:<8}|{:^8}|".format("a", "b", "c"))
print(format(None, ""), format([1, 2], ""))
