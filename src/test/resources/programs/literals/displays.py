print([1, 2, 3], [], [[]])
print((1,), (), (1, 2))
print({'a': 1, 'b': [2]}, {})
print({3}, set())
a = [1, 2]
print([*a, 3, *a])
print((*a, *a))
print({*a, 5})
d = {'x': 1}
print({**d, 'y': 2, **{'x': 9}})
print([1, 2,], (3, 4,), {5: 6,})
print(1, )
