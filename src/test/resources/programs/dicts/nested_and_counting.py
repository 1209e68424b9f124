text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
tree = {"a": {"b": {"c": 1}}}
tree["a"]["b"]["d"] = 2
print(tree, tree["a"]["b"]["c"])
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
print(max(counts, key=counts.get))
m = {**counts, "the": 0}
print(m["the"], counts["the"])
print(dict(sorted(counts.items())))
