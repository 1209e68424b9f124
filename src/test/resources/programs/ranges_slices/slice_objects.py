s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(slice(3), slice(None, 5), slice(2, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4))
print(data[slice(None, None, -2)])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[:, 0])
print(data[-100:100], data[5:-100], data[3:3])
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2))
