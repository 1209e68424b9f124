package org.minipy.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.minipy.ast.Expr;
import org.minipy.ast.Pos;

/**
 * Builds the node for a run of adjacent string tokens: a str or bytes {@link Expr.Constant},
 * or a {@link Expr.JoinedStr} when an f-string is among them (cf. CPython 3.11's string_parser.c).
 * F-string replacement fields are parsed by calling the parser on the expression text, with
 * positions that point into the real source.
 */
final class StringLiterals {
    /** How f-string expressions are parsed: text plus where it starts in the source. */
    interface ExprParser {
        Expr parse(String text, int line, int col);
    }

    private final Source src;
    private final ExprParser exprParser;
    private final Pos pos;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    private StringLiterals(Source src, ExprParser exprParser, Pos pos) {
        this.src = src;
        this.exprParser = exprParser;
        this.pos = pos;
    }

    static Expr build(List<Token> tokens, Pos pos, Source src, ExprParser exprParser) {
        return new StringLiterals(src, exprParser, pos).run(tokens);
    }

    private Expr run(List<Token> tokens) {
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : tokens) {
            String p = Literals.prefix(t.getText());
            if (p.indexOf('b') >= 0) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
            if (p.indexOf('f') >= 0) {
                anyF = true;
            }
        }
        if (anyBytes && anyStr) {
            throw src.parserError("SyntaxError", "cannot mix bytes and nonbytes literals",
                    pos.endLine(), pos.endCol() + 1, pos.endLine(), pos.endCol() + 1);
        }
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Token t : tokens) {
                String text = t.getText();
                String p = Literals.prefix(text);
                int q = Literals.quoteLength(text, p.length());
                String body = text.substring(p.length() + q, text.length() - q);
                byte[] b;
                try {
                    b = Literals.decodeBytes(body, p.indexOf('r') >= 0);
                } catch (Literals.EscapeError e) {
                    throw tokenError(t, e.getMessage());
                }
                if (b == null) {
                    throw tokenError(t, "bytes can only contain ASCII literal characters");
                }
                out.writeBytes(b);
            }
            return new Expr.Constant(pos, new Expr.Bytes(out.toByteArray()), null);
        }
        String kind = Literals.prefix(tokens.get(0).getText()).equals("u") ? "u" : null;
        for (Token t : tokens) {
            String text = t.getText();
            String p = Literals.prefix(text);
            int q = Literals.quoteLength(text, p.length());
            int bodyStart = p.length() + q;
            String body = text.substring(bodyStart, text.length() - q);
            boolean raw = p.indexOf('r') >= 0;
            if (p.indexOf('f') >= 0) {
                new FStringScanner(t, body, bodyStart, raw, 0).scanInto(values, literal);
            } else {
                try {
                    literal.append(raw ? body : Literals.decodeStr(body));
                } catch (Literals.EscapeError e) {
                    throw tokenError(t, e.getMessage());
                }
            }
        }
        if (!anyF) {
            return new Expr.Constant(pos, literal.toString(), kind);
        }
        flush(values, literal);
        return new Expr.JoinedStr(pos, List.copyOf(values));
    }

    private void flush(List<Expr> out, StringBuilder lit) {
        if (lit.length() > 0) {
            out.add(new Expr.Constant(pos, lit.toString(), null));
            lit.setLength(0);
        }
    }

    private PySyntaxError tokenError(Token t, String msg) {
        return src.parserError("SyntaxError", msg, t.getLine(), t.getCharPositionInLine() + 1,
                t.getLine(), t.getCharPositionInLine() + 1);
    }

    private PySyntaxError fstringError(Token t, String msg) {
        // CPython 3.11 reports f-string scanning errors just after the string token.
        int line = AstBuilder.endLine(t);
        int off = AstBuilder.endCol(t) + 1;
        return src.parserError("SyntaxError", "f-string: " + msg, line, off, line, off);
    }

    /** Scans one f-string body (or a format spec inside it). */
    private final class FStringScanner {
        private final Token token;
        private final String body;
        /** Index of body[0] within the token text. */
        private final int bodyOffset;
        private final boolean raw;
        private final int depth;
        private int i;

        FStringScanner(Token token, String body, int bodyOffset, boolean raw, int depth) {
            this.token = token;
            this.body = body;
            this.bodyOffset = bodyOffset;
            this.raw = raw;
            this.depth = depth;
        }

        void scanInto(List<Expr> out, StringBuilder lit) {
            int n = body.length();
            int litStart = 0;
            while (i < n) {
                char c = body.charAt(i);
                if (c == '{' || c == '}') {
                    appendLiteral(lit, body.substring(litStart, i));
                    if (i + 1 < n && body.charAt(i + 1) == c) {
                        lit.append(c);
                        i += 2;
                    } else if (c == '}') {
                        throw fstringError(token, "single '}' is not allowed");
                    } else {
                        field(out, lit);
                    }
                    litStart = i;
                } else if (c == '\\' && !raw && i + 1 < n) {
                    i += 2;
                } else {
                    i++;
                }
            }
            appendLiteral(lit, body.substring(litStart));
        }

        private void appendLiteral(StringBuilder lit, String s) {
            if (s.isEmpty()) {
                return;
            }
            try {
                lit.append(raw ? s : Literals.decodeStr(s));
            } catch (Literals.EscapeError e) {
                throw tokenError(token, e.getMessage());
            }
        }

        /** A replacement field starting at body[i] == '{'. cf. fstring_find_expr. */
        private void field(List<Expr> out, StringBuilder lit) {
            if (depth >= 2) {
                throw fstringError(token, "expressions nested too deeply");
            }
            int n = body.length();
            int exprStart = ++i;
            int nesting = 0;
            char quote = 0;
            int quoteLen = 0;
            for (; i < n; i++) {
                char c = body.charAt(i);
                if (c == '\\') {
                    throw fstringError(token, "expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote && (quoteLen == 1 || body.startsWith(String.valueOf(quote).repeat(3), i))) {
                        i += quoteLen - 1;
                        quote = 0;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    quoteLen = body.startsWith(String.valueOf(c).repeat(3), i) ? 3 : 1;
                    i += quoteLen - 1;
                    continue;
                }
                if (c == '[' || c == '(' || c == '{') {
                    nesting++;
                    continue;
                }
                if (c == '#') {
                    throw fstringError(token, "expression part cannot include '#'");
                }
                if (nesting > 0 && (c == ']' || c == ')' || c == '}')) {
                    nesting--;
                    continue;
                }
                if (c == '!' && i + 1 < n && body.charAt(i + 1) == '=') {
                    i++;
                    continue;
                }
                if (nesting == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
                    if (i + 1 < n && body.charAt(i + 1) == '=' && c != '!' && c != ':' && c != '}') {
                        i++;
                        continue;
                    }
                    if (c == '<' || c == '>') {
                        continue;
                    }
                    break;
                }
            }
            if (quote != 0) {
                throw fstringError(token, "unterminated string");
            }
            if (i >= n) {
                throw fstringError(token, "expecting '}'");
            }
            String exprText = body.substring(exprStart, i);
            if (exprText.isBlank()) {
                throw fstringError(token, "empty expression not allowed");
            }
            Expr value = parseExpr(exprText, exprStart);
            String debugText = null;
            if (body.charAt(i) == '=') {
                i++;
                int ws = i;
                while (i < n && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
                debugText = body.substring(exprStart, i);
                if (i >= n) {
                    throw fstringError(token, "expecting '}'");
                }
                if (ws < 0) {
                    throw new IllegalStateException();
                }
            }
            int conversion = -1;
            if (body.charAt(i) == '!') {
                i++;
                if (i >= n) {
                    throw fstringError(token, "expecting '}'");
                }
                char conv = body.charAt(i++);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw fstringError(token, "invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
                if (i >= n || (body.charAt(i) != ':' && body.charAt(i) != '}')) {
                    throw fstringError(token, "expecting '}'");
                }
            }
            Expr formatSpec = null;
            if (i < n && body.charAt(i) == ':') {
                int specStart = ++i;
                int nest = 0;
                for (; i < n; i++) {
                    char c = body.charAt(i);
                    if (c == '{') {
                        nest++;
                    } else if (c == '}') {
                        if (nest == 0) {
                            break;
                        }
                        nest--;
                    }
                }
                if (i >= n) {
                    throw fstringError(token, "expecting '}'");
                }
                List<Expr> specValues = new ArrayList<>();
                StringBuilder specLit = new StringBuilder();
                new FStringScanner(token, body.substring(specStart, i), bodyOffset + specStart, raw, depth + 1)
                        .scanInto(specValues, specLit);
                // CPython 3.11 gives the spec the position of its own string token, and so a
                // spec that is only text (but not the constants of a spec with fields).
                Pos tokenPos = AstBuilder.pos(token);
                if (specValues.isEmpty() && specLit.length() > 0) {
                    specValues.add(new Expr.Constant(tokenPos, specLit.toString(), null));
                } else {
                    flush(specValues, specLit);
                }
                formatSpec = new Expr.JoinedStr(tokenPos, List.copyOf(specValues));
            }
            if (i >= n || body.charAt(i) != '}') {
                throw fstringError(token, "expecting '}'");
            }
            i++;
            if (debugText != null) {
                lit.append(debugText);
                if (conversion == -1 && formatSpec == null) {
                    conversion = 'r';
                }
            }
            flush(out, lit);
            out.add(new Expr.FormattedValue(pos, value, conversion, formatSpec));
        }

        /** Parses the expression at body[start..] with positions in the real source. */
        private Expr parseExpr(String text, int start) {
            String tokText = token.getText();
            int idx = bodyOffset + start; // index within the token text
            int line = token.getLine();
            int col = token.getCharPositionInLine();
            for (int k = 0; k < idx; k++) {
                char c = tokText.charAt(k);
                if (c == '\n') {
                    line++;
                    col = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    col++;
                }
            }
            return exprParser.parse(text, line, col);
        }
    }
}
