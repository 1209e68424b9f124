prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
for name in prices:
    print(name, prices[name])
for name, p in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{name:>8}: {p:.2f}")
print(sum(prices.values()), max(prices, key=prices.get), min(prices.values()))
print(list(zip(prices.keys(), prices.values())) == list(prices.items()))
expensive = {k: v for k, v in prices.items() if v > 0.3}
print(expensive)
for k in list(prices):
    if k.startswith("b"):
        del prices[k]
print(prices)
print(list(reversed(prices.items())), list(reversed(prices.values())))
