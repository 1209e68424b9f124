import os
name = "_tmp_files_scores.csv"
rows = [("ann", 90), ("bob", 72), ("cy", 85)]
with open(name, "w") as f:
    f.write("name,score\n")
    for n, s in rows:
        f.write("%s,%d\n" % (n, s))
with open(name) as f:
    header = f.readline().strip().split(",")
    records = [dict(zip(header, line.strip().split(","))) for line in f]
print(header)
print(records)
print(sum(int(r["score"]) for r in records) / len(records))
with open(name, "w") as f:
    print("via print file=", 1, 2, file=f)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
