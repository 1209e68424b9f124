print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], (1, "a") < (1, "b"), (2,) > (1, 9))
print("apple" < "banana", "Apple" < "apple", "a" * 3 > "aa")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == {2, 1})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print(max([3, 1, 2]), min("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(1 < 1.5 < 2, 10**20 > 1e19, -1 < False)
for a, b in [(1, "a"), ([1], (1,)), (None, 0), ({1}, [1]), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print([1, 2] == (1, 2), 1 == "1", None == False)
