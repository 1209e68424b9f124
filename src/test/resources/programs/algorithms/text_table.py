rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana split", 12, 3.25), ("kiwi", 100, 0.075)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    if i == 0:
        print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
        print("-+-".join("-" * w for w in widths))
    else:
        print(f"{r[0]:<{widths[0]}} | {r[1]:>{widths[1]}} | {r[2]:>{widths[2]}.3f}")
total = sum(q * p for _, q, p in rows[1:])
print(f"{'TOTAL':>{sum(widths) + 6}}: {total:,.2f}")
print("%-12s|%5s|" % ("left", "right"))
