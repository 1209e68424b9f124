package org.minipy.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * The raw tokenizer: source text to the tokens of grammar/MiniPyLexer.g4, written by hand.
 * The grammar stays the specification (TokenizerTest checks that both produce the same tokens,
 * types, texts and positions); this class exists because it starts fast: the generated lexer
 * must deserialize its ATN (with large Unicode sets) and build its DFA lazily, which costs tens
 * of milliseconds in a fresh JVM, while this one is a plain loop over code points.
 * Longest match, ties to the earlier rule, as in the ANTLR lexer; positions count code points,
 * lines are counted at '\n'. Layout (INDENT/DEDENT, which NEWLINEs count) is decided by
 * IndentingTokenSource.
 */
final class Tokenizer implements TokenSource {
    private final int[] cp;
    private final int n;
    private final String sourceName;
    private int pos;
    private int line;
    private int col;

    /** Tokenizes text whose first character sits at (line, col), col counted from 0. */
    Tokenizer(String text, String sourceName, int line, int col) {
        this.cp = codePoints(text);
        this.n = cp.length;
        this.sourceName = sourceName;
        this.line = line;
        this.col = col;
    }

    Tokenizer(String text, String sourceName) {
        this(text, sourceName, 1, 0);
    }

    /** A loop, not String.codePoints(): streams bootstrap the lambda machinery at start-up. */
    private static int[] codePoints(String s) {
        int[] out = new int[s.length()];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out[k++] = c;
            i += Character.charCount(c);
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private int at(int i) {
        return i < n ? cp[i] : -1;
    }

    @Override
    public Token nextToken() {
        while (true) {
            if (pos >= n) {
                return token(Token.EOF, "<EOF>", pos, line, col);
            }
            int start = pos;
            int c = cp[pos];
            int end;
            int type;
            switch (c) {
                case ' ':
                case '\t':
                case '\f':
                    end = pos + 1;
                    while (end < n && (cp[end] == ' ' || cp[end] == '\t' || cp[end] == '\f')) {
                        end++;
                    }
                    advance(end);
                    continue;
                case '#':
                    end = pos + 1;
                    while (end < n && cp[end] != '\n' && cp[end] != '\r') {
                        end++;
                    }
                    advance(end);
                    continue;
                case '\\':
                    if (at(pos + 1) == '\n') {
                        advance(pos + 2);
                        continue;
                    }
                    if (at(pos + 1) == '\r') {
                        advance(at(pos + 2) == '\n' ? pos + 3 : pos + 2);
                        continue;
                    }
                    type = MiniPyLexer.ERRORTOKEN;
                    end = pos + 1;
                    break;
                case '\n':
                    type = MiniPyLexer.NEWLINE;
                    end = pos + 1;
                    break;
                case '\r':
                    type = MiniPyLexer.NEWLINE;
                    end = at(pos + 1) == '\n' ? pos + 2 : pos + 1;
                    break;
                case '\'':
                case '"':
                    return string(start, start);
                case '.':
                    if (isDigit(at(pos + 1))) {
                        return number(start);
                    }
                    if (at(pos + 1) == '.' && at(pos + 2) == '.') {
                        type = MiniPyLexer.ELLIPSIS;
                        end = pos + 3;
                    } else {
                        type = MiniPyLexer.DOT;
                        end = pos + 1;
                    }
                    break;
                default:
                    if (isDigit(c)) {
                        return number(start);
                    }
                    if (isIdStart(c)) {
                        return name(start);
                    }
                    end = operator(pos);
                    if (end < 0) {
                        type = MiniPyLexer.ERRORTOKEN;
                        end = pos + 1;
                    } else {
                        type = operatorType(pos, end - pos);
                    }
                    break;
            }
            return emit(type, start, end);
        }
    }

    // ---------------------------------------------------------------- names and strings

    private Token name(int start) {
        int p = start + 1;
        while (p < n && isIdContinue(cp[p])) {
            p++;
        }
        int len = p - start;
        int q = at(p);
        if ((q == '\'' || q == '"') && len <= 2 && isStringPrefix(start, len)) {
            return string(start, p);
        }
        String text = new String(cp, start, len);
        return emitText(keyword(text), text, start, p);
    }

    private boolean isStringPrefix(int start, int len) {
        int a = Character.toLowerCase(cp[start]);
        if (len == 1) {
            return a == 'r' || a == 'u' || a == 'f' || a == 'b';
        }
        int b = Character.toLowerCase(cp[start + 1]);
        return (a == 'b' && b == 'r') || (a == 'r' && b == 'b') || (a == 'f' && b == 'r') || (a == 'r' && b == 'f');
    }

    /** A string literal whose prefix starts at start and whose opening quote is at quote. */
    private Token string(int start, int quote) {
        int q = cp[quote];
        if (at(quote + 1) == q && at(quote + 2) == q) {
            int p = quote + 3;
            while (p < n) {
                int c = cp[p];
                if (c == '\\') {
                    if (p + 1 >= n) {
                        break;
                    }
                    p += 2;
                } else if (c == q && at(p + 1) == q && at(p + 2) == q) {
                    return emit(MiniPyLexer.STRING, start, p + 3);
                } else {
                    p++;
                }
            }
            return emit(MiniPyLexer.UNTERMINATED_LONG_STRING, start, n);
        }
        int p = quote + 1;
        while (p < n) {
            int c = cp[p];
            if (c == '\\') {
                if (p + 1 >= n) {
                    break;
                }
                p += 2;
            } else if (c == q) {
                return emit(MiniPyLexer.STRING, start, p + 1);
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                p++;
            }
        }
        return emit(MiniPyLexer.UNTERMINATED_STRING, start, p);
    }

    private static int keyword(String s) {
        switch (s) {
            case "False": return MiniPyLexer.FALSE;
            case "None": return MiniPyLexer.NONE;
            case "True": return MiniPyLexer.TRUE;
            case "and": return MiniPyLexer.AND;
            case "as": return MiniPyLexer.AS;
            case "assert": return MiniPyLexer.ASSERT;
            case "async": return MiniPyLexer.ASYNC;
            case "await": return MiniPyLexer.AWAIT;
            case "break": return MiniPyLexer.BREAK;
            case "class": return MiniPyLexer.CLASS;
            case "continue": return MiniPyLexer.CONTINUE;
            case "def": return MiniPyLexer.DEF;
            case "del": return MiniPyLexer.DEL;
            case "elif": return MiniPyLexer.ELIF;
            case "else": return MiniPyLexer.ELSE;
            case "except": return MiniPyLexer.EXCEPT;
            case "finally": return MiniPyLexer.FINALLY;
            case "for": return MiniPyLexer.FOR;
            case "from": return MiniPyLexer.FROM;
            case "global": return MiniPyLexer.GLOBAL;
            case "if": return MiniPyLexer.IF;
            case "import": return MiniPyLexer.IMPORT;
            case "in": return MiniPyLexer.IN;
            case "is": return MiniPyLexer.IS;
            case "lambda": return MiniPyLexer.LAMBDA;
            case "nonlocal": return MiniPyLexer.NONLOCAL;
            case "not": return MiniPyLexer.NOT;
            case "or": return MiniPyLexer.OR;
            case "pass": return MiniPyLexer.PASS;
            case "raise": return MiniPyLexer.RAISE;
            case "return": return MiniPyLexer.RETURN;
            case "try": return MiniPyLexer.TRY;
            case "while": return MiniPyLexer.WHILE;
            case "with": return MiniPyLexer.WITH;
            case "yield": return MiniPyLexer.YIELD;
            default: return MiniPyLexer.NAME;
        }
    }

    /** ID_START of the grammar: letters, letter numbers, '_'. */
    private static boolean isIdStart(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.LETTER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** ID_CONTINUE of the grammar: ID_START plus marks, decimal digits, connector punctuation. */
    private static boolean isIdContinue(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return isIdStart(c);
        }
    }

    // ---------------------------------------------------------------- numbers

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** NUMBER or IMAG_NUMBER: the longest of the grammar's alternatives. */
    private Token number(int start) {
        int end = Math.max(decInteger(start), floatNumber(start));
        end = Math.max(end, radixInteger(start, 'x'));
        end = Math.max(end, radixInteger(start, 'o'));
        end = Math.max(end, radixInteger(start, 'b'));
        int imag = -1;
        int f = floatNumber(start);
        if (f >= 0 && (at(f) == 'j' || at(f) == 'J')) {
            imag = f + 1;
        }
        int d = digitPart(start);
        if (d >= 0 && (at(d) == 'j' || at(d) == 'J')) {
            imag = Math.max(imag, d + 1);
        }
        if (imag > end) {
            return emit(MiniPyLexer.IMAG_NUMBER, start, imag);
        }
        return emit(MiniPyLexer.NUMBER, start, end);
    }

    /** DIGIT_PART: [0-9] ('_'? [0-9])*; the end, or -1. */
    private int digitPart(int p) {
        if (!isDigit(at(p))) {
            return -1;
        }
        p++;
        while (true) {
            if (isDigit(at(p))) {
                p++;
            } else if (at(p) == '_' && isDigit(at(p + 1))) {
                p += 2;
            } else {
                return p;
            }
        }
    }

    /** DEC_INTEGER: [1-9] ('_'? [0-9])* | '0'+ ('_'? '0')*. */
    private int decInteger(int p) {
        int c = at(p);
        if (c >= '1' && c <= '9') {
            return digitPart(p);
        }
        if (c != '0') {
            return -1;
        }
        p++;
        while (true) {
            if (at(p) == '0') {
                p++;
            } else if (at(p) == '_' && at(p + 1) == '0') {
                p += 2;
            } else {
                return p;
            }
        }
    }

    /** '0' [xX] ('_'? HEX_DIGIT)+ and the octal and binary forms. */
    private int radixInteger(int p, char kind) {
        if (at(p) != '0' || Character.toLowerCase(at(p + 1)) != kind) {
            return -1;
        }
        int q = p + 2;
        int digits = 0;
        while (true) {
            if (isRadixDigit(at(q), kind)) {
                q++;
            } else if (at(q) == '_' && isRadixDigit(at(q + 1), kind)) {
                q += 2;
            } else {
                break;
            }
            digits++;
        }
        return digits == 0 ? -1 : q;
    }

    private static boolean isRadixDigit(int c, char kind) {
        switch (kind) {
            case 'x': return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'o': return c >= '0' && c <= '7';
            default: return c == '0' || c == '1';
        }
    }

    /** FLOAT_NUMBER: DIGIT_PART? '.' DIGIT_PART EXPONENT? | DIGIT_PART '.' EXPONENT? | DIGIT_PART EXPONENT. */
    private int floatNumber(int p) {
        int best = -1;
        int d = digitPart(p);
        int dot = d >= 0 ? d : p;
        if (at(dot) == '.') {
            int frac = digitPart(dot + 1);
            if (frac >= 0) {
                int e = exponent(frac);
                best = e >= 0 ? e : frac;
            }
            if (d >= 0) {
                int e = exponent(dot + 1);
                best = Math.max(best, e >= 0 ? e : dot + 1);
            }
        }
        if (d >= 0) {
            best = Math.max(best, exponent(d));
        }
        return best;
    }

    /** EXPONENT: [eE] [+-]? DIGIT_PART; the end, or -1. */
    private int exponent(int p) {
        if (at(p) != 'e' && at(p) != 'E') {
            return -1;
        }
        p++;
        if (at(p) == '+' || at(p) == '-') {
            p++;
        }
        return digitPart(p);
    }

    // ---------------------------------------------------------------- operators

    /** The end of the longest operator at p, or -1. */
    private int operator(int p) {
        int c = cp[p];
        int c1 = at(p + 1);
        int c2 = at(p + 2);
        switch (c) {
            case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';': case '~':
                return p + 1;
            case ':':
                return c1 == '=' ? p + 2 : p + 1;
            case '-':
                return c1 == '=' || c1 == '>' ? p + 2 : p + 1;
            case '+': case '%': case '@': case '&': case '|': case '^': case '=':
                return c1 == '=' ? p + 2 : p + 1;
            case '!':
                return c1 == '=' ? p + 2 : -1;
            case '*': case '/': case '<': case '>':
                if (c1 == c) {
                    return c2 == '=' ? p + 3 : p + 2;
                }
                return c1 == '=' ? p + 2 : p + 1;
            default:
                return -1;
        }
    }

    private int operatorType(int p, int len) {
        int c = cp[p];
        int c1 = len > 1 ? cp[p + 1] : 0;
        switch (c) {
            case '(': return MiniPyLexer.LPAR;
            case ')': return MiniPyLexer.RPAR;
            case '[': return MiniPyLexer.LSQB;
            case ']': return MiniPyLexer.RSQB;
            case '{': return MiniPyLexer.LBRACE;
            case '}': return MiniPyLexer.RBRACE;
            case ',': return MiniPyLexer.COMMA;
            case ';': return MiniPyLexer.SEMI;
            case '~': return MiniPyLexer.TILDE;
            case ':': return len == 2 ? MiniPyLexer.COLONEQUAL : MiniPyLexer.COLON;
            case '-': return len == 1 ? MiniPyLexer.MINUS : c1 == '>' ? MiniPyLexer.RARROW : MiniPyLexer.MINEQUAL;
            case '+': return len == 2 ? MiniPyLexer.PLUSEQUAL : MiniPyLexer.PLUS;
            case '%': return len == 2 ? MiniPyLexer.PERCENTEQUAL : MiniPyLexer.PERCENT;
            case '@': return len == 2 ? MiniPyLexer.ATEQUAL : MiniPyLexer.AT;
            case '&': return len == 2 ? MiniPyLexer.AMPEREQUAL : MiniPyLexer.AMPER;
            case '|': return len == 2 ? MiniPyLexer.VBAREQUAL : MiniPyLexer.VBAR;
            case '^': return len == 2 ? MiniPyLexer.CIRCUMFLEXEQUAL : MiniPyLexer.CIRCUMFLEX;
            case '=': return len == 2 ? MiniPyLexer.EQEQUAL : MiniPyLexer.EQUAL;
            case '!': return MiniPyLexer.NOTEQUAL;
            case '*':
                return len == 3 ? MiniPyLexer.DOUBLESTAREQUAL : len == 1 ? MiniPyLexer.STAR
                        : c1 == '*' ? MiniPyLexer.DOUBLESTAR : MiniPyLexer.STAREQUAL;
            case '/':
                return len == 3 ? MiniPyLexer.DOUBLESLASHEQUAL : len == 1 ? MiniPyLexer.SLASH
                        : c1 == '/' ? MiniPyLexer.DOUBLESLASH : MiniPyLexer.SLASHEQUAL;
            case '<':
                return len == 3 ? MiniPyLexer.LEFTSHIFTEQUAL : len == 1 ? MiniPyLexer.LESS
                        : c1 == '<' ? MiniPyLexer.LEFTSHIFT : MiniPyLexer.LESSEQUAL;
            default:
                return len == 3 ? MiniPyLexer.RIGHTSHIFTEQUAL : len == 1 ? MiniPyLexer.GREATER
                        : c1 == '>' ? MiniPyLexer.RIGHTSHIFT : MiniPyLexer.GREATEREQUAL;
        }
    }

    // ---------------------------------------------------------------- tokens and positions

    private Token emit(int type, int start, int end) {
        return emitText(type, new String(cp, start, end - start), start, end);
    }

    private Token emitText(int type, String text, int start, int end) {
        Token t = token(type, text, start, line, col);
        ((CommonToken) t).setStopIndex(end - 1);
        advance(end);
        return t;
    }

    private static Token token(int type, String text, int start, int line, int col) {
        CommonToken t = new CommonToken(type, text);
        t.setLine(line);
        t.setCharPositionInLine(col);
        t.setStartIndex(start);
        t.setStopIndex(start - 1);
        return t;
    }

    /** Moves to end, counting lines at '\n' as the ANTLR lexer does. */
    private void advance(int end) {
        for (; pos < end; pos++) {
            if (cp[pos] == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return col;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public String getSourceName() {
        return sourceName;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        throw new UnsupportedOperationException("the tokenizer makes CommonTokens");
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return CommonTokenFactory.DEFAULT;
    }
}
