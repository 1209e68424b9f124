lookup = {"a": 1}
key = "b"
print(lookup["a"])  # fine
value = lookup[key]  # not there
