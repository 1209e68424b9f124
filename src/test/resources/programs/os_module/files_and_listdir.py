import os
names = ["_tmp_os_a.txt", "_tmp_os_b.txt", "_tmp_os_c.dat"]
for n in names:
    with open(n, "w") as f:
        f.write(n)
listed = sorted(n for n in os.listdir(".") if n.startswith("_tmp_os_"))
print(listed)
print(all(os.path.isfile(n) for n in names))
os.remove(names[0])
print(os.path.exists(names[0]), sorted(n for n in os.listdir(os.getcwd()) if n.startswith("_tmp_os_")))
for n in names[1:]:
    os.remove(n)
print(sorted(n for n in os.listdir(".") if n.startswith("_tmp_os_")))
try:
    os.remove("_tmp_os_never_created")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.listdir("_no_such_dir_")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print("paths.py" in os.listdir("."))
