package org.minipy.compile;

import java.math.BigInteger;
import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * Compile-time evaluation of constant expressions, a small part of CPython's AST optimiser
 * (ast_opt.c): literals, unary and binary operators on numbers (with CPython's size limits),
 * string concatenation and repetition, and tuples of constants. Returns null for anything
 * it does not fold, including operations that would raise.
 */
final class ConstFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_STR_SIZE = 4096;
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    private ConstFolder() {
    }

    /** The literal's value as a Python object. */
    static PyObject literal(Object v) {
        if (v instanceof PyObject p) {
            return p;
        } else if (v instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (v instanceof Double d) {
            return PyFloat.of(d);
        } else if (v instanceof String s) {
            return PyStr.of(s);
        } else if (v instanceof Expr.Bytes b) {
            return PyBytes.of(b.data());
        } else if (v instanceof Boolean b) {
            return PyBool.of(b);
        } else if (v == Expr.Constant.NONE) {
            return PyNone.None;
        } else if (v == Expr.Constant.ELLIPSIS) {
            return PyEllipsis.Ellipsis;
        } else if (v instanceof Long l) {
            return PyInt.of(l);
        } else if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        throw new IllegalArgumentException("not a constant: " + v);
    }

    /** The constant value of e, or null if e is not a compile-time constant. */
    static PyObject fold(Expr e) {
        try {
            if (e instanceof Expr.Constant c) {
                return literal(c.value());
            } else if (e instanceof Expr.UnaryOp u) {
                PyObject v = fold(u.operand());
                return v == null ? null : unary(u.op(), v);
            } else if (e instanceof Expr.BinOp b) {
                PyObject l = fold(b.left());
                if (l == null) {
                    return null;
                }
                PyObject r = fold(b.right());
                return r == null ? null : binary(l, b.op(), r);
            } else if (e instanceof Expr.Tuple t && t.ctx() == org.minipy.ast.ExprContext.Load) {
                return tuple(t.elts());
            }
        } catch (ArithmeticException ex) {
            return null;
        }
        return null;
    }

    static PyObject tuple(List<Expr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                return null;
            }
            items[i] = fold(elts.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return PyTuple.of(items);
    }

    private static BigInteger intOf(PyObject o) {
        if (o instanceof PyBool) {
            return null; // leave bool arithmetic to the runtime
        }
        if (o instanceof PyInt i) {
            return i.isBig() ? i.bigValue() : BigInteger.valueOf(i.value);
        }
        return null;
    }

    private static Double floatOf(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        BigInteger b = intOf(o);
        if (b != null && b.abs().compareTo(TWO_53) <= 0) {
            return b.doubleValue();
        }
        return null;
    }

    private static PyObject unary(org.minipy.ast.UnaryOperator op, PyObject v) {
        BigInteger i = intOf(v);
        switch (op) {
            case USub:
                if (i != null) {
                    return PyInt.of(i.negate());
                }
                return v instanceof PyFloat f ? PyFloat.of(-f.value) : null;
            case UAdd:
                return i != null || v instanceof PyFloat ? v : null;
            case Invert:
                return i != null ? PyInt.of(i.not()) : null;
            default:
                return null;
        }
    }

    private static PyObject binary(PyObject l, org.minipy.ast.Operator op, PyObject r) {
        BigInteger a = intOf(l);
        BigInteger b = intOf(r);
        if (a != null && b != null) {
            return intBinary(a, op, b);
        }
        if (l instanceof PyStr s && r instanceof PyStr t && op == org.minipy.ast.Operator.Add) {
            return PyStr.of(s.value() + t.value());
        }
        if (l instanceof PyStr s && b != null && op == org.minipy.ast.Operator.Mult) {
            if (b.signum() <= 0) {
                return PyStr.EMPTY;
            }
            if ((long) s.value().length() * b.longValue() > MAX_STR_SIZE || b.bitLength() > 31) {
                return null;
            }
            return PyStr.of(s.value().repeat(b.intValue()));
        }
        if ((l instanceof PyFloat || r instanceof PyFloat)) {
            Double x = floatOf(l);
            Double y = floatOf(r);
            if (x == null || y == null) {
                return null;
            }
            switch (op) {
                case Add: return PyFloat.of(x + y);
                case Sub: return PyFloat.of(x - y);
                case Mult: return PyFloat.of(x * y);
                case Div: return y == 0.0 ? null : PyFloat.of(x / y);
                default: return null;
            }
        }
        return null;
    }

    private static PyObject intBinary(BigInteger a, org.minipy.ast.Operator op, BigInteger b) {
        switch (op) {
            case Add: return PyInt.of(a.add(b));
            case Sub: return PyInt.of(a.subtract(b));
            case Mult:
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(a.multiply(b));
            case FloorDiv: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyInt.of(q);
            }
            case Mod: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger m = a.mod(b.abs());
                if (b.signum() < 0 && m.signum() != 0) {
                    m = m.add(b);
                }
                return PyInt.of(m);
            }
            case Pow:
                if (b.signum() < 0) {
                    return null;
                }
                if (a.bitLength() > 0 && b.bitLength() > 12) {
                    return a.abs().equals(BigInteger.ONE) ? PyInt.of(a.pow(b.testBit(0) ? 1 : 0)) : null;
                }
                if ((long) a.bitLength() * b.longValue() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(a.pow(b.intValue()));
            case LShift:
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0
                        || a.bitLength() + b.intValue() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(a.shiftLeft(b.intValue()));
            case RShift:
                if (b.signum() < 0) {
                    return null;
                }
                return PyInt.of(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
            case BitAnd: return PyInt.of(a.and(b));
            case BitOr: return PyInt.of(a.or(b));
            case BitXor: return PyInt.of(a.xor(b));
            case Div:
                if (b.signum() == 0 || a.abs().compareTo(TWO_53) > 0 || b.abs().compareTo(TWO_53) > 0) {
                    return null;
                }
                return PyFloat.of(a.doubleValue() / b.doubleValue());
            default:
                return null;
        }
    }
}
