names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "AssertionError", "AttributeError", "LookupError", "IndexError", "KeyError", "NameError",
         "UnboundLocalError", "TypeError", "ValueError", "UnicodeDecodeError", "RuntimeError",
         "RecursionError", "NotImplementedError", "StopIteration", "GeneratorExit", "ImportError",
         "ModuleNotFoundError", "OSError", "FileNotFoundError", "SyntaxError", "IndentationError",
         "KeyboardInterrupt", "SystemExit", "MemoryError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", cls.__bases__[0].__name__, issubclass(cls, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(FileNotFoundError, OSError))
