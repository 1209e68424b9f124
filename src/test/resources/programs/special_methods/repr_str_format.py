class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % self.x
class Q(P):
    def __str__(self):
        return "Q with " + str(self.x)
    def __format__(self, spec):
        return "Q[" + spec + "]"
p, q = P("a"), Q(2)
print(p, q, [p, q], str(p), repr(q), "%s %r" % (q, q))
print(f"{p} {q} {q:>5} {q!r}", format(q, "abc"), "{:x}".format(q))
print(str(P(P(1))))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    def __repr__(self):
        return "NoFormat()"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
