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
            } else if (e instanceof Expr.Subscript s && s.ctx() == org.minipy.ast.ExprContext.Load) {
                PyObject v = fold(s.value());
                PyObject i = v == null || s.slice() instanceof Expr.Slice ? null : fold(s.slice());
                return i == null ? null : subscript(v, i);
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

    /** constant[index] for str, bytes and tuple with an int index in range. */
    private static PyObject subscript(PyObject v, PyObject index) {
        BigInteger b = intOf(index);
        if (b == null || b.bitLength() > 31) {
            return null;
        }
        int i = b.intValue();
        if (v instanceof PyStr s) {
            String str = s.value();
            int n = str.codePointCount(0, str.length());
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                return null;
            }
            int at = str.offsetByCodePoints(0, i);
            return PyStr.of(new String(Character.toChars(str.codePointAt(at))));
        } else if (v instanceof PyTuple t) {
            int n = t.size();
            if (i < 0) {
                i += n;
            }
            return i < 0 || i >= n ? null : t.get(i);
        } else if (v instanceof PyBytes by) {
            byte[] d = by.data();
            if (i < 0) {
                i += d.length;
            }
            return i < 0 || i >= d.length ? null : PyInt.of(d[i] & 0xff);
        }
        return null;
    }

    private static BigInteger intOf(PyObject o) {
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
        if (b != null && b.bitLength() <= 1023) {
            return b.doubleValue(); // correctly rounded, as int.__float__
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
                return i != null ? PyInt.of(i) : v instanceof PyFloat ? v : null;
            case Invert:
                return i != null ? PyInt.of(i.not()) : null;
            case Not:
                return PyBool.of(!org.minipy.objects.Abstract.isTrue(v));
            default:
                return null;
        }
    }

    private static PyObject binary(PyObject l, org.minipy.ast.Operator op, PyObject r) {
        BigInteger a = intOf(l);
        BigInteger b = intOf(r);
        if (a != null && b != null) {
            if (l instanceof PyBool && r instanceof PyBool) {
                // bool & | ^ bool stays a bool
                switch (op) {
                    case BitAnd: return PyBool.of(a.and(b).signum() != 0);
                    case BitOr: return PyBool.of(a.or(b).signum() != 0);
                    case BitXor: return PyBool.of(a.xor(b).signum() != 0);
                    default: break;
                }
            }
            if (op == org.minipy.ast.Operator.Pow && b.signum() < 0) {
                return floatPow(floatOf(l), floatOf(r));
            }
            return intBinary(a, op, b);
        }
        if (l instanceof PyStr s && r instanceof PyStr t && op == org.minipy.ast.Operator.Add) {
            return PyStr.of(s.value() + t.value());
        }
        if (l instanceof PyTuple x && r instanceof PyTuple y && op == org.minipy.ast.Operator.Add) {
            PyObject[] items = new PyObject[x.size() + y.size()];
            System.arraycopy(x.items(), 0, items, 0, x.size());
            System.arraycopy(y.items(), 0, items, x.size(), y.size());
            return PyTuple.of(items);
        }
        if (l instanceof PyBytes x && r instanceof PyBytes y && op == org.minipy.ast.Operator.Add) {
            byte[] d = java.util.Arrays.copyOf(x.data(), x.data().length + y.data().length);
            System.arraycopy(y.data(), 0, d, x.data().length, y.data().length);
            return PyBytes.of(d);
        }
        if (a != null && (r instanceof PyStr || r instanceof PyTuple || r instanceof PyBytes)
                && op == org.minipy.ast.Operator.Mult) {
            return binary(r, op, l);
        }
        if (l instanceof PyTuple x && b != null && op == org.minipy.ast.Operator.Mult) {
            if (x.size() == 0) {
                return PyTuple.EMPTY;
            }
            if (b.signum() < 0 || b.bitLength() > 31 || (long) x.size() * b.longValue() > 256) {
                return null;
            }
            int n = b.intValue();
            PyObject[] items = new PyObject[x.size() * n];
            for (int k = 0; k < n; k++) {
                System.arraycopy(x.items(), 0, items, k * x.size(), x.size());
            }
            return PyTuple.of(items);
        }
        if (l instanceof PyBytes by && b != null && op == org.minipy.ast.Operator.Mult) {
            byte[] d = by.data();
            if (d.length == 0) {
                return PyBytes.EMPTY;
            }
            if (b.signum() < 0 || b.bitLength() > 31 || (long) d.length * b.longValue() > MAX_STR_SIZE) {
                return null;
            }
            byte[] out = new byte[d.length * b.intValue()];
            for (int k = 0; k < b.intValue(); k++) {
                System.arraycopy(d, 0, out, k * d.length, d.length);
            }
            return PyBytes.of(out);
        }
        if (l instanceof PyStr s && b != null && op == org.minipy.ast.Operator.Mult) {
            if (s.value().isEmpty()) {
                return PyStr.EMPTY;
            }
            if (b.signum() < 0 || b.bitLength() > 31 || (long) s.value().length() * b.longValue() > MAX_STR_SIZE) {
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
                case Pow: return floatPow(x, y);
                case FloorDiv: return y == 0.0 ? null : PyFloat.of(floatDivmod(x, y)[0]);
                case Mod: return y == 0.0 ? null : PyFloat.of(floatDivmod(x, y)[1]);
                default: return null;
            }
        }
        return null;
    }

    /** Python's float divmod (cf. float_divmod): the floor quotient and the remainder with the divisor's sign. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    /** float ** float where the result is an ordinary finite float (no error, no complex). */
    private static PyObject floatPow(Double x, Double y) {
        if (x == null || y == null || Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return null;
        }
        if (x == 0.0 && y < 0) {
            return null;
        }
        if (x < 0 && y != Math.rint(y)) {
            return null;
        }
        double r = Math.pow(x, y);
        return Double.isFinite(r) ? PyFloat.of(r) : null;
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
