class Plain:
    pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
p = Plain()
print(str(p) == repr(p))
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
print(str(WithRepr()), [WithRepr()], {"k": WithRepr()})
class WithStr:
    def __str__(self):
        return "just str"
w = WithStr()
print(w, str(w), repr(w).startswith("<__main__.WithStr object"))
print(f"{w}", "%s" % w, "{}".format(w))
