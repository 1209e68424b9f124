x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 7
n <<= 2; n >>= 1; n &= 0xE; n |= 1; n ^= 3
print(n)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
s = "a"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    pass
b = Box()
b.v = 1
b.v *= 7
print(b.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 5
print(arr)
