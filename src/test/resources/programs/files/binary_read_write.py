import os
name = "_tmp_files_bin.dat"
data = bytes(range(256))
with open(name, "wb") as f:
    print(f.write(data))
with open(name, "rb") as f:
    back = f.read()
print(back == data, len(back), type(back).__name__, back[:5], back[-3:])
with open(name, "rb") as f:
    print(f.read(4), f.read(2))
with open(name, "wb") as f:
    f.write("héllo\n".encode("utf-8"))
with open(name, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"))
with open(name, "r", encoding="utf-8") as f:
    print(repr(f.read()))
try:
    with open(name, "wb") as f:
        f.write("text to binary")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(name, "w") as f:
        f.write(b"bytes to text")
except TypeError as e:
    print(type(e).__name__, e)
os.remove(name)
