s = "abcdefgh"
print(s[0], s[-1], s[3])
print(s[2:5], s[:3], s[5:], s[:])
print(s[::2], s[::-1], s[-3:], s[1:-1])
print(s[10:], s[5:2], repr(s[100:200]))
print(s[-100:3])
print(s[7:0:-2])
try:
    s[8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
for ch in "xyz":
    print(ch, ord(ch))
print("é"[0], len("日本語"))
