s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o"))
print(s.find("o", 5, 10), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 5))
print(s.startswith("hell"), s.startswith("world", 6), s.endswith("llo"), s.endswith(("x", "lo")))
print(s.startswith(("a", "h")))
try:
    s.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("missing")
except ValueError as e:
    print(type(e).__name__, e)
