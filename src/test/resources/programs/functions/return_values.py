def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, 2
def nested_return(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(none_implicit(), none_explicit(), multiple(), type(multiple()).__name__)
print(nested_return(10), nested_return(2))
def gen_or_list(flag):
    if flag:
        return [1, 2]
    return (x for x in [3])
print(gen_or_list(True), list(gen_or_list(False)))
def early_exit(items):
    result = []
    for it in items:
        if it is None:
            return result
        result.append(it)
    return result + ["complete"]
print(early_exit([1, 2, None, 3]), early_exit([1]))
