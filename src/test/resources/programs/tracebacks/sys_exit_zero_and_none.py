import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
sys.exit(None)
