parts = []
for i in range(1000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s[-5:], s.count("7"))
print(("ab" * 500).count("ba"), len("x" * 10000))
print("=" * 40)
