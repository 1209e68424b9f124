print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0, "y" * -1)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print("ell" in "hello", "z" not in "hello", "" in "abc")
print("abc" == "abc", "abc" != "ABC")
print(len(""), len("hello"))
print(str(42), str(3.5), str(None), str([1, 'a']))
print(repr("x"), repr("é"))
print(min("hello"), max("hello"), sorted("banana"))
s = "x"
s += "y"
s *= 2
print(s)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
