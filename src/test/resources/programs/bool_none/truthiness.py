values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(not 0, not "x", not None)
class Empty:
    pass
class Sized:
    def __len__(self):
        return 0
class Flagged:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Sized()), bool(Flagged()))
