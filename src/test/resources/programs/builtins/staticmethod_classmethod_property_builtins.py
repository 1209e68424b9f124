class C:
    def plain(self):
        return "plain"
    sm = staticmethod(lambda x: x * 2)
    def _cm(cls):
        return cls.__name__
    cm = classmethod(_cm)
    def _get(self):
        return "prop"
    p = property(_get)
print(C.sm(4), C().sm(5), C.cm(), C().cm(), C().p)
print(type(C.__dict__["sm"]).__name__, type(C.__dict__["cm"]).__name__, type(C.__dict__["p"]).__name__)
print(callable(C.sm), C.p.fget is C._get)
