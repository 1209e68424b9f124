package org.minipy.objects.scalars;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/** Reads Python literal reprs (as python3 prints them) into objects, for table-driven tests. */
final class PyLiteral {
    private final String s;
    private int pos;

    private PyLiteral(String s) {
        this.s = s;
    }

    static PyObject parse(String text) {
        PyLiteral p = new PyLiteral(text);
        PyObject o = p.value();
        p.ws();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text in " + text + " at " + p.pos);
        }
        return o;
    }

    private void ws() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean take(String t) {
        ws();
        if (s.startsWith(t, pos)) {
            pos += t.length();
            return true;
        }
        return false;
    }

    private PyObject value() {
        ws();
        char c = s.charAt(pos);
        if (take("None")) {
            return PyNone.None;
        }
        if (take("True")) {
            return PyBool.True;
        }
        if (take("False")) {
            return PyBool.False;
        }
        if (take("inf")) {
            return PyFloat.of(Double.POSITIVE_INFINITY);
        }
        if (take("-inf")) {
            return PyFloat.of(Double.NEGATIVE_INFINITY);
        }
        if (take("nan")) {
            return PyFloat.of(Double.NaN);
        }
        if (take("slice(")) {
            List<PyObject> a = items(")");
            return new PySlice(a.get(0), a.get(1), a.get(2));
        }
        if (c == '(') {
            pos++;
            return PyTuple.of(items(")").toArray(new PyObject[0]));
        }
        if (c == '[') {
            pos++;
            return new PyList(items("]").toArray(new PyObject[0]));
        }
        if (c == '{') {
            pos++;
            PyDict d = new PyDict();
            while (!take("}")) {
                PyObject k = value();
                take(":");
                d.setItem(k, value());
                take(",");
            }
            return d;
        }
        if (c == 'b' && pos + 1 < s.length() && (s.charAt(pos + 1) == '\'' || s.charAt(pos + 1) == '"')) {
            pos++;
            String t = string();
            byte[] b = new byte[t.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) t.charAt(i);
            }
            return PyBytes.of(b);
        }
        if (c == '\'' || c == '"') {
            return PyStr.of(string());
        }
        return number();
    }

    private List<PyObject> items(String close) {
        List<PyObject> out = new ArrayList<>();
        while (!take(close)) {
            out.add(value());
            take(",");
        }
        return out;
    }

    private String string() {
        char q = s.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == q) {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'x': sb.append((char) Integer.parseInt(s.substring(pos, pos + 2), 16)); pos += 2; break;
                case 'u': sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16)); pos += 4; break;
                case 'U': sb.appendCodePoint(Integer.parseInt(s.substring(pos, pos + 8), 16)); pos += 8; break;
                default: sb.append(e); break;
            }
        }
    }

    private PyObject number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        boolean isFloat = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && (s.charAt(pos - 1) == 'e'))) {
                isFloat = true;
                pos++;
            } else {
                break;
            }
        }
        String t = s.substring(start, pos);
        if (t.isEmpty() || t.equals("-")) {
            throw new IllegalArgumentException("bad literal at " + start + " in " + s);
        }
        return isFloat ? PyFloat.of(Double.parseDouble(t)) : PyInt.of(new BigInteger(t));
    }
}
