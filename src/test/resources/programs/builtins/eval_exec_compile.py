print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["f"]())
exec("print('printed from exec')")
exec("y_global = 99")
print(y_global)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(2): print('loop', i)", "<string>", "exec")
exec(code2)
print(eval("len", {"__builtins__": {"len": "shadowed"}}) if False else "ok")
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
print(eval("  1 + 1  "))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
