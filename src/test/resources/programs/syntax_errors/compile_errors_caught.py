sources = ["x = = 1", "def f(:\n pass", "if x\n  pass", "a b", "(1, 2", "f(**x, *y)", "x += 1 = 2",
           "del 1", "lambda: (yield)", "return", "  x = 1", "def f(a, a): pass", "nonlocal q", "'abc", "1 +* 2"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
