# uncaught: concatenation of str and int inside a function
def label(n):
    return "item " + n

print(label("1"))
print(label(2))
