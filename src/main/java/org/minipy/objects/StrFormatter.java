package org.minipy.objects;

/**
 * {@code str.format} and {@code str.format_map} (PEP 3101, CPython's {@code unicode_format.h}):
 * literal text with {@code {{ }}} escapes, replacement fields with automatic or manual
 * numbering, keyword names, attribute and index accessors, conversions and nested specs.
 */
public final class StrFormatter {
    private StrFormatter() {
    }

    /** Where field values come from. */
    private interface Source {
        PyObject positional(int index);

        PyObject named(String name);
    }

    /** The state of one format call: the source and the automatic field counter. */
    private static final class State {
        final Source source;
        /** 0 = not decided yet, 1 = automatic numbering, 2 = manual. */
        int mode;
        int next;

        State(Source source) {
            this.source = source;
        }
    }

    /** {@code self.format(*args, **kwargs)} from a method call ({@code a[0]} is self). */
    public static PyStr format(String fmt, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        Source src = new Source() {
            @Override
            public PyObject positional(int index) {
                if (index >= npos) {
                    throw PyErr.indexError("Replacement index %d out of range for positional args tuple", index);
                }
                return a[1 + index];
            }

            @Override
            public PyObject named(String name) {
                for (int k = 0; k < nkw; k++) {
                    if (kw[k].equals(name)) {
                        return a[1 + npos + k];
                    }
                }
                throw PyErr.keyError(PyStr.of(name));
            }
        };
        return PyStr.of(render(fmt, new State(src), 2));
    }

    /** {@code fmt.format(*args)} with positional arguments only. */
    public static String format(String fmt, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        System.arraycopy(args, 0, a, 1, args.length);
        return format(fmt, a, null).value();
    }

    /** {@code fmt.format_map(mapping)}. */
    public static String formatMap(String fmt, PyObject mapping) {
        Source src = new Source() {
            @Override
            public PyObject positional(int index) {
                throw PyErr.valueError("Format string contains positional fields");
            }

            @Override
            public PyObject named(String name) {
                return Abstract.getItem(mapping, PyStr.of(name));
            }
        };
        return render(fmt, new State(src), 2);
    }

    private static String render(String fmt, State st, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        int n = fmt.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                int j = i + 1;
                while (j < n && fmt.charAt(j) != '{' && fmt.charAt(j) != '}') {
                    j++;
                }
                out.append(fmt, i, j);
                i = j;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            // Find the end of the field: braces nest; inside [...] of the name they do not count.
            int j = i + 1, count = 1;
            boolean inName = true, inBracket = false;
            while (j < n) {
                char d = fmt.charAt(j);
                if (inBracket) {
                    if (d == ']') {
                        inBracket = false;
                    }
                } else if (inName && d == '[') {
                    inBracket = true;
                } else if (inName && (d == ':' || d == '!')) {
                    inName = false;
                } else if (d == '{') {
                    count++;
                } else if (d == '}') {
                    if (--count == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                throw PyErr.valueError("expected '}' before end of string");
            }
            out.append(field(fmt.substring(i + 1, j), st, depth));
            i = j + 1;
        }
        return out.toString();
    }

    /** Renders one replacement field (the text between the braces). */
    private static String field(String f, State st, int depth) {
        int n = f.length(), k = 0;
        boolean inBracket = false;
        while (k < n) {
            char d = f.charAt(k);
            if (inBracket) {
                inBracket = d != ']';
            } else if (d == '[') {
                inBracket = true;
            } else if (d == ':' || d == '!') {
                break;
            }
            k++;
        }
        String name = f.substring(0, k);
        char conversion = 0;
        String spec = "";
        if (k < n && f.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw PyErr.valueError("end of string while looking for conversion specifier");
            }
            conversion = f.charAt(k + 1);
            k += 2;
            if (k < n && f.charAt(k) != ':') {
                throw PyErr.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < n && f.charAt(k) == ':') {
            spec = f.substring(k + 1);
        }
        PyObject value = lookup(name, st);
        switch (conversion) {
            case 0:
                break;
            case 'r':
                value = Abstract.repr(value);
                break;
            case 's':
                value = Abstract.str(value);
                break;
            case 'a':
                value = PyStr.of(ascii(value));
                break;
            default:
                throw PyErr.valueError("Unknown conversion specifier %s", String.valueOf(conversion));
        }
        if (spec.indexOf('{') >= 0 || spec.indexOf('}') >= 0) {
            spec = render(spec, st, depth - 1);
        }
        return Abstract.format(value, spec).value();
    }

    /** Resolves a field name: an argument, then {@code .attr} and {@code [key]} accessors. */
    private static PyObject lookup(String name, State st) {
        int n = name.length(), k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        PyObject obj;
        if (first.isEmpty()) {
            if (st.mode == 2) {
                throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.mode = 1;
            obj = st.source.positional(st.next++);
        } else if (isDigits(first)) {
            if (st.mode == 1) {
                throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.mode = 2;
            int index;
            try {
                index = Integer.parseInt(first);
            } catch (NumberFormatException e) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            obj = st.source.positional(index);
        } else {
            obj = st.source.named(first);
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int j = k + 1;
                while (j < n && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                String attr = name.substring(k + 1, j);
                if (attr.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                obj = Abstract.getAttr(obj, attr);
                k = j;
            } else if (c == '[') {
                int j = name.indexOf(']', k + 1);
                if (j < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, j);
                if (key.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                PyObject keyObj = isDigits(key) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                obj = Abstract.getItem(obj, keyObj);
                k = j + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code ascii(o)}: the repr with every non-ASCII character escaped. */
    public static String ascii(PyObject o) {
        String r = Abstract.repr(o).value();
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int w = Character.charCount(c);
            if (c >= 128) {
                if (sb == null) {
                    sb = new StringBuilder(r.length() + 16).append(r, 0, i);
                }
                if (c < 0x100) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += w;
        }
        return sb == null ? r : sb.toString();
    }
}
