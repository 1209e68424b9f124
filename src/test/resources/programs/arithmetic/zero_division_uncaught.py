def average(values):
    return sum(values) / len(values)

def report(groups):
    for name in sorted(groups):
        print(name, average(groups[name]))

report({"a": [1, 2, 3], "b": [4], "c": []})
