class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, o):
        return isinstance(o, Item) and (self.name, self.price) == (o.name, o.price)
    def __hash__(self):
        return hash((self.name, self.price))
    def __lt__(self, o):
        return self.value < o.value
class Perishable(Item):
    def __init__(self, name, price, qty=0, days=3):
        super().__init__(name, price, qty)
        self.days = days
    @property
    def value(self):
        return super().value * (0.5 if self.days < 2 else 1)
    def __repr__(self):
        return "Perishable(" + super().__repr__()[5:-1] + f", days={self.days})"
stock = [Item("nail", 0.05, 1000), Perishable("milk", 1.2, 10, days=1), Item("hammer", 12.5, 4), Perishable("bread", 2.0, 5)]
for it in sorted(stock):
    print(f"{it.name:<8}{it.value:>8.2f}", it)
print(max(stock).name, min(stock).name, round(sum(i.value for i in stock), 2))
print(len(set(stock + [Item("nail", 0.05)])), Item("nail", 0.05) in stock)
by_type = {}
for it in stock:
    by_type.setdefault(type(it).__name__, []).append(it.name)
print(by_type)
