class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Detailed(ValueError):
    def __str__(self):
        return "detailed<" + str(self.args) + ">"
for exc in [AppError("plain"), NotFound("k1"), Detailed(1, 2), AppError(), AppError(1, "two")]:
    try:
        raise exc
    except AppError as e:
        print("AppError branch", type(e).__name__, e, e.args, repr(e))
    except Exception as e:
        print("Exception branch", type(e).__name__, e, e.args, repr(e))
print(issubclass(NotFound, Exception), [c.__name__ for c in NotFound.__mro__])
try:
    raise NotFound("zz")
except LookupError:
    print("wrong")
except AppError as e:
    print("key attr", e.key)
