# __class__ assignment for instances of subclasses of built-in types: CPython's layout rule
import types


class A(int): pass
class B(int): pass
class AA(A): pass
class L(list): pass
class L2(list): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
class D(dict): pass
class D2(dict): pass
class E(Exception): pass
class E2(ValueError): pass
class E3(Exception): pass
class OS(OSError): pass
class O: pass
class O2: pass
class M(types.ModuleType): pass
class SE(set): pass
class FS(frozenset): pass
class P(property): pass
class SM(staticmethod): pass
class CM(classmethod): pass


def attempt(label, obj, cls):
    try:
        obj.__class__ = cls
        print(label, "->", type(obj).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("A->B", A(1), B)
attempt("A->AA", A(1), AA)
aa = AA(7)
attempt("AA->A", aa, A)
print(aa + 1, type(aa).__name__)
attempt("A->L", A(1), L)
attempt("A->F", A(1), F)
attempt("A->O", A(1), O)
lst = L([1, 2])
attempt("L->L2", lst, L2)
lst.append(3)
print(lst, type(lst).__name__, isinstance(lst, L2), isinstance(lst, L))
attempt("L->D", L(), D)
d = D(a=1)
d.extra = "kept"
attempt("D->D2", d, D2)
print(d, d.extra, type(d).__name__)
attempt("O->O2", O(), O2)
attempt("O->A", O(), A)
attempt("T->S", T(), S)
attempt("S->T", S(), T)
attempt("F->A", F(), A)
e = E("msg")
attempt("E->E3", e, E3)
print(repr(e), e.args, isinstance(e, E3))
try:
    raise e
except E3 as caught:
    print("caught as E3:", caught)
attempt("E->E2", E(), E2)
attempt("E->OS", E(), OS)
attempt("OS->E", OS(), E)
attempt("SE->FS", SE(), FS)
attempt("P->SM", P(), SM)
attempt("SM->CM", SM(len), CM)
attempt("int->A", 1, A)
attempt("A->int", A(1), int)
attempt("object->O", object(), O)
attempt("O->object", O(), object)
attempt("list->L", [], L)
attempt("L->list", L(), list)
m = types.ModuleType("m")
attempt("module->M", m, M)
attempt("M->module", m, types.ModuleType)
attempt("O->M", O(), M)
attempt("M->O", M("x"), O)
for bad in (1, None, "str"):
    try:
        O().__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del O().__class__
except TypeError as e:
    print("TypeError:", e)
