data = {"a": 1, "b": 0}
for k in sorted(data):
    print(k, 10 / data[k])
