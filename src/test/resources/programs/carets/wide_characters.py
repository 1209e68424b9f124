prices = {"りんご": 120, "みかん": 80}
print(prices["りんご"])
total = prices["りんご"] + prices["ぶどう"]
