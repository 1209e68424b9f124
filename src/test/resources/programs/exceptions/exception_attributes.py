try:
    {}["key"]
except KeyError as e:
    err = e
print(type(err).__name__, err.args, err.__traceback__ is not None)
try:
    int("x")
except ValueError as e:
    print(e.args)
try:
    open("_nope_missing_file")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
try:
    import _missing_module_for_attr_test
except ImportError as e:
    print(type(e).__name__, e.name, e.msg)
try:
    [].pop()
except IndexError as e:
    print(e.args)
e = Exception("a", "b")
print(str(e), repr(e), len(e.args))
