_private = 1
CamelCase = 2
with_digits_123 = 3
__dunder__ = 4
print(_private, CamelCase, with_digits_123, __dunder__)
True_ = "not a keyword"
print(True_)
if_ = 5
print(if_ + 1)
print(type(None).__name__, type(True).__name__)
