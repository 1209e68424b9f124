class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%s)" % self.name
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("A") in d, len({Key("x"), Key("X")}))
class Plain:
    pass
p = Plain()
s = {p, p}
print(len(s), p in s, Plain() in s)
print([Key("b")].index(Key("B")), [Key("c")].count(Key("C")))
print(Key("q") in [1, Key("Q")], (Key("z"),) == (Key("Z"),))
