package org.minipy.parse;

/**
 * CPython 3.11's tokenizer rules for where a number literal ends and what is wrong with a bad
 * one (tok_get's number branch, tok_decimal_tail, verify_end_of_number). The lexer's grammar
 * only knows valid numbers; when one runs into a name or another number this decides the
 * error, its place, or the SyntaxWarning CPython 3.11 still gives for {@code 1if x else y}.
 */
final class NumberScanner {
    /** What a scan found: an error (message and 0-based columns), a warning, or neither. */
    record Result(String error, int col, int endCol, String warning) {
        static final Result OK = new Result(null, -1, -1, null);
    }

    private final String line;
    private int pos;
    private String warning;

    private NumberScanner(String line, int start) {
        this.line = line;
        this.pos = start;
    }

    /** Scans the number starting at char index {@code start} of {@code line}. */
    static Result scan(String line, int start) {
        NumberScanner s = new NumberScanner(line, start);
        try {
            s.number(start);
            return s.warning == null ? Result.OK : new Result(null, -1, -1, s.warning);
        } catch (Bad b) {
            return new Result(b.getMessage(), b.col, b.endCol, s.warning);
        }
    }

    /** A bad literal: CPython's message, reported at the tokenizer's position. */
    private static final class Bad extends RuntimeException {
        final int col, endCol;

        Bad(String msg, int col, int endCol) {
            super(msg, null, false, false);
            this.col = col;
            this.endCol = endCol;
        }
    }

    /** The next char, or 0 at the end of the line (as the tokenizer's EOF/newline: never a digit). */
    private int next() {
        int c = pos < line.length() ? line.charAt(pos) : '\n';
        pos++;
        return c;
    }

    private void backup() {
        pos--;
    }

    /** syntaxerror(): at the current position (the backed-up char). */
    private Bad error(String msg) {
        return new Bad(msg, pos, pos);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private void number(int start) {
        int c = next();
        if (c == '.') {
            c = next();
            fraction(c);
            return;
        }
        if (c == '0') {
            c = next();
            if (c == 'x' || c == 'X') {
                radix(16, "hexadecimal");
                return;
            } else if (c == 'o' || c == 'O') {
                radix(8, "octal");
                return;
            } else if (c == 'b' || c == 'B') {
                radix(2, "binary");
                return;
            }
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = next();
                    if (!isDigit(c)) {
                        backup();
                        throw error("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = next();
            }
            int zerosEnd = pos;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                fraction(next());
            } else if (c == 'e' || c == 'E') {
                exponent(c);
            } else if (c == 'j' || c == 'J') {
                endOfNumber(next(), "imaginary");
            } else if (nonzero) {
                backup();
                // reported as the range from the literal's first char (1-based) to the zeros' end
                throw new Bad("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start + 1, zerosEnd);
            } else {
                endOfNumber(c, "decimal");
            }
            return;
        }
        backup();
        c = decimalTail();
        if (c == '.') {
            fraction(next());
        } else {
            suffix(c);
        }
    }

    /** After the '.': digits, then an exponent or 'j' may follow. */
    private void fraction(int c) {
        if (isDigit(c)) {
            backup();
            c = decimalTail();
        }
        suffix(c);
    }

    /** After the digits of a decimal literal: an exponent, a 'j', or the literal's end. */
    private void suffix(int c) {
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            endOfNumber(next(), "imaginary");
        } else {
            endOfNumber(c, "decimal");
        }
    }

    private void exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // "1e" followed by a name: the number is "1", and "e..." must not touch it
            backup();
            endOfNumber(e, "decimal");
            return;
        }
        backup();
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            endOfNumber(next(), "imaginary");
        } else {
            endOfNumber(c, "decimal");
        }
    }

    /** Digits with single underscores between them; returns the char after them. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        }
    }

    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!inRadix(c, base)) {
                if (base != 16 && isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw error("invalid " + kind + " literal");
            }
            do {
                c = next();
            } while (inRadix(c, base));
        } while (c == '_');
        if (base != 16 && isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        endOfNumber(c, kind);
    }

    private static boolean inRadix(int c, int base) {
        return base == 16 ? isHex(c) : c >= '0' && c < '0' + base;
    }

    /**
     * verify_end_of_number: a keyword that may follow a number in valid code (and, else, for,
     * if, in, is, not, or) gives a warning; any other name character is an error.
     */
    private void endOfNumber(int c, String kind) {
        boolean keyword;
        switch (c) {
            case 'a': keyword = lookahead("nd"); break;
            case 'e': keyword = lookahead("lse"); break;
            case 'f': keyword = lookahead("or"); break;
            case 'i': {
                int c2 = pos < line.length() ? line.charAt(pos) : 0;
                keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
                break;
            }
            case 'o': keyword = lookahead("r"); break;
            case 'n': keyword = lookahead("ot"); break;
            default: keyword = false;
        }
        if (keyword) {
            warning = "invalid " + kind + " literal";
            return;
        }
        if (c >= 128 || Character.isLetterOrDigit(c) || c == '_') {
            backup();
            throw error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        return line.startsWith(rest, pos);
    }
}
