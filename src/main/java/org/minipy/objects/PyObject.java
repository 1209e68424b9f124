package org.minipy.objects;

/**
 * The root of every Python value.
 *
 * <p>The Java methods here are the <em>built-in behaviour</em> of a type (CPython's type slots):
 * a built-in type overrides the ones it supports; the defaults raise CPython's TypeError or
 * return {@link PyNotImplemented#NotImplemented}. Code that works on an arbitrary object must
 * never call these directly: it calls {@link Abstract}, which first honours special methods
 * that Python classes define ({@code __add__}, {@code __len__}, ...) and then falls back to
 * these methods. A built-in type implements its own behaviour by overriding them.
 *
 * <p>Binary operators are numbered as CPython 3.11's {@code BINARY_OP} argument
 * ({@link BinaryOps}).
 */
public abstract class PyObject {

    /** {@code type(self)}. */
    public abstract PyType getType();

    /** The instance {@code __dict__}, or {@code null} if this object has none. */
    public PyDict getDict() {
        return null;
    }

    /** {@code obj.__dict__ = d}: replaces the instance dict (only where the object has one). */
    public void setDict(PyDict d) {
        throw PyErr.attributeError("attribute '__dict__' of '%s' objects is not writable", getType().getName());
    }

    // ---- representation -------------------------------------------------------------------

    /** {@code object.__repr__}: {@code <module.Name object at 0x...>}. */
    public PyStr repr() {
        PyType t = getType();
        String module = t.moduleName();
        String prefix = module == null || module.equals("builtins") ? "" : module + ".";
        return PyStr.of("<" + prefix + t.getQualName() + " object at " + Abstract.addressOf(this) + ">");
    }

    /** {@code object.__str__}: the repr. */
    public PyStr str() {
        return Abstract.repr(this);
    }

    /** {@code __format__}; the default accepts only an empty spec. */
    public PyStr format(String spec) {
        if (!spec.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", getType().getName());
        }
        return Abstract.str(this);
    }

    // ---- comparison and hashing ---------------------------------------------------------------

    /** {@code object.__hash__}: identity. Unhashable types throw TypeError. */
    public long hash() {
        return System.identityHashCode(this);
    }

    /**
     * Rich comparison ({@link CompareOp}); returns NotImplemented when this type cannot
     * compare with {@code other}. The default is identity equality, as {@code object} does.
     */
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op == CompareOp.EQ) {
            return this == other ? PyBool.True : PyNotImplemented.NotImplemented;
        }
        if (op == CompareOp.NE) {
            return this == other ? PyBool.False : PyNotImplemented.NotImplemented;
        }
        return PyNotImplemented.NotImplemented;
    }

    /** Truth value; {@link Abstract#isTrue} tries {@code __len__} for types without it. */
    public boolean isTrue() {
        return true;
    }

    /** True if this type defines its own truth (so {@link #isTrue} is authoritative). */
    public boolean hasBool() {
        return false;
    }

    // ---- numbers -----------------------------------------------------------------------------

    /** {@code self op other} for a {@link BinaryOps} code, or NotImplemented. */
    public PyObject binaryOp(int op, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    /** The reflected form: {@code other op self}, or NotImplemented. */
    public PyObject reflectedOp(int op, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    /** In-place {@code self op= other}; NotImplemented means "use binaryOp". */
    public PyObject inplaceOp(int op, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    public PyObject negative() {
        throw PyErr.typeError("bad operand type for unary -: '%s'", getType().getName());
    }

    public PyObject positive() {
        throw PyErr.typeError("bad operand type for unary +: '%s'", getType().getName());
    }

    public PyObject invert() {
        throw PyErr.typeError("bad operand type for unary ~: '%s'", getType().getName());
    }

    public PyObject abs() {
        throw PyErr.typeError("bad operand type for abs(): '%s'", getType().getName());
    }

    /** {@code __index__}: an exact int, or {@code null} if this type has none. */
    public PyInt index() {
        return null;
    }

    /** {@code __int__}, or {@code null} if this type has none. */
    public PyObject asInt() {
        return null;
    }

    /** {@code __float__}, or {@code null} if this type has none. */
    public PyFloat asFloat() {
        return null;
    }

    // ---- containers --------------------------------------------------------------------------

    /** {@code len(self)}; -1 means this type has no length. */
    public int length() {
        return -1;
    }

    public PyObject getItem(PyObject key) {
        throw PyErr.typeError("'%s' object is not subscriptable", getType().getName());
    }

    public void setItem(PyObject key, PyObject value) {
        throw PyErr.typeError("'%s' object does not support item assignment", getType().getName());
    }

    public void delItem(PyObject key) {
        throw PyErr.typeError("'%s' object doesn't support item deletion", getType().getName());
    }

    /**
     * {@code item in self}. The default (types without {@code __contains__}) iterates; returns
     * {@code null} when this type is not iterable either, so the caller can raise.
     */
    public Boolean contains(PyObject item) {
        return null;
    }

    /** {@code iter(self)}, or {@code null} if this type is not iterable. */
    public PyObject iter() {
        return null;
    }

    /**
     * {@code next(self)} for iterators: the next value, or {@code null} when exhausted (no
     * StopIteration is created on the fast path). Non-iterators throw TypeError.
     */
    public PyObject next() {
        throw PyErr.typeError("'%s' object is not an iterator", getType().getName());
    }

    // ---- calls and attributes ----------------------------------------------------------------

    /**
     * Calls this object. {@code args} holds the positional arguments followed by the values of
     * the keyword arguments, whose names are {@code kwnames} (null or empty if none), the
     * convention of CPython's vectorcall.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("'%s' object is not callable", getType().getName());
    }

    /**
     * Attribute lookup ({@code __getattribute__}); returns {@code null} when absent, so that
     * {@code hasattr} and {@code getattr(o, n, default)} need no exception. The caller raises
     * AttributeError.
     */
    public PyObject getAttribute(String name) {
        return Abstract.genericGetAttr(this, name);
    }

    /**
     * The object an AttributeError for a missing attribute names: itself, except for objects
     * that forward attribute lookup to another (a bound method names its function, as CPython's
     * method lookup falls back to the function's).
     */
    public PyObject attributeOwner() {
        return this;
    }

    public void setAttribute(String name, PyObject value) {
        Abstract.genericSetAttr(this, name, value);
    }

    public void delAttribute(String name) {
        Abstract.genericDelAttr(this, name);
    }

    /** Java's toString gives the Python str, for debugging and embedding. */
    @Override
    public String toString() {
        return Abstract.str(this).value();
    }
}
