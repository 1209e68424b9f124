counts = {}
for word in ["x", "y"]:
    counts[word] = 0
counts["x"] += 1
print(counts)
counts["z"] += 1
