import random
random.seed(5)
tries = 0
while (roll := random.randint(1, 6)) != 6:
    tries += 1
print("rolled 6 after", tries, "tries", roll)
lines = ["keep", "", "also keep", "stop", "never"]
i = 0
while (line := lines[i]) != "stop":
    if line:
        print("line:", line)
    i += 1
d = {"k": 10}
if (val := d.get("k")) is not None:
    print("found", val)
if (missing := d.get("z")) is None:
    print("missing is", missing)
