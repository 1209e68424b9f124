x = [
  (1, 2)
  (3, 4)
] if False else 0
y = 0
if (y
    is
    3): pass
print(y is not
  1)
