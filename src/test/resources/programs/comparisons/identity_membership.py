a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, [1, 2] in [c], "b" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, 3 in range(5), 5 in range(5))
print(1 in (1, 2), (1,) in [(1,)], [] in [[]])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 5 in [Eq()])
nan = float("nan")
print(nan in [nan], nan == nan)
