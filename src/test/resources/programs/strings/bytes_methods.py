b = b"Hello, World"
print(b[0], b[-1], b[7:], b[::-1], b[::2], len(b))
print(b.decode("ascii"), b.decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b == b"Hello, World", b != b"hello", b < b"Help", b"a" < b"ab", b"" < b"\x00")
print(b"ab" + b"cd", b"-" * 5, b"x" in b"xyz", b"xy" in b"xyz", 120 in b"xyz")
print(bytes("abc", "utf-8"), bytes([1, 2, 255]), bytes(2), bytes())
print(list(b"\x00\x7f\x80\xff"), [hex(x) for x in b"AZ"])
print(repr(b"\t\n\r\\'"), repr(b"\x7f\x80"), str(b"q"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
print(b"abc"[1], b"abc"[1:], b"" == bytes(), len(b"\x00\x00"), hash(b"") == hash(bytes()))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"abc" == "abc")
