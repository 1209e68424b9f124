x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(8))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
def local_del():
    v = 5
    del v
    v = 6
    return v
print(local_del())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __delitem__(self, k):
        print("deleting", k)
del D()[1:2]
g = 10
def del_global():
    global g
    del g
del_global()
print("g" in globals())
