class T:
    def __repr__(self):
        return "T-repr"
    def __str__(self):
        return "T-str"
    def __format__(self, spec):
        return "T-format(" + spec + ")"
t = T()
print(f"{t}")
print(f"{t!r}")
print(f"{t!s}")
print(f"{t:xyz}")
print(f"{'é'!r}")
print(f"{None} {True} {[t]}")
