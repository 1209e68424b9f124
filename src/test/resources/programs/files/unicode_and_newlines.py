import os
name = "_tmp_files_uni.txt"
text = "naïve café\n日本語\nplain line\n"
with open(name, "w", encoding="utf-8") as f:
    f.write(text)
with open(name, "rb") as f:
    raw = f.read()
print(len(text), len(raw), raw[:8])
with open(name, encoding="utf-8") as f:
    lines = f.readlines()
print(lines, [len(l) for l in lines])
with open(name, "wb") as f:
    f.write(b"a\r\nb\rc\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
