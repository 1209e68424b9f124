package org.minipy.parse;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.minipy.ast.Comprehension;
import org.minipy.ast.Expr;
import org.minipy.ast.Mod;
import org.minipy.ast.Node;
import org.minipy.ast.Pos;
import org.minipy.objects.num.FloatRepr;
import org.minipy.objects.num.StrRepr;

/**
 * Prints an AST the way CPython 3.11's {@code ast.dump} does, so trees can be compared with
 * {@code python3 -c "import ast; print(ast.dump(ast.parse(src)))"}; also the {@code --ast}
 * teaching view. Fields are read from the record components (their CPython names are the
 * snake_case of the Java names); optional fields that are {@code None} are left out, as
 * ast.dump does.
 */
public final class AstDump {
    private AstDump() {
    }

    /** One line, like {@code ast.dump(node)}. */
    public static String dump(Object node) {
        return dump(node, false, null);
    }

    /**
     * Like {@code ast.dump(node, include_attributes=..., indent=...)}; indent {@code null} gives
     * one line.
     */
    public static String dump(Object node, boolean includeAttributes, String indent) {
        return new AstDump.Printer(includeAttributes, indent).format(node, 0).text;
    }

    private record Out(String text, boolean simple) {
    }

    private static final class Printer {
        final boolean attributes;
        final String indent;

        Printer(boolean attributes, String indent) {
            this.attributes = attributes;
            this.indent = indent;
        }

        Out format(Object node, int level) {
            String prefix = "";
            String sep = ", ";
            if (indent != null) {
                level++;
                prefix = "\n" + indent.repeat(level);
                sep = ",\n" + indent.repeat(level);
            }
            if (node instanceof List<?> list) {
                if (list.isEmpty()) {
                    return new Out("[]", true);
                }
                List<String> parts = new ArrayList<>();
                for (Object x : list) {
                    parts.add(format(x, level).text);
                }
                return new Out("[" + prefix + String.join(sep, parts) + "]", false);
            }
            if (node instanceof Enum<?> e) {
                return new Out(e.name() + "()", true);
            }
            if (node instanceof Record r && !(node instanceof Expr.Bytes)) {
                return formatNode(r, level, prefix, sep);
            }
            return new Out(repr(node), true);
        }

        private Out formatNode(Record r, int level, String prefix, String sep) {
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            Pos pos = null;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                String name = snake(c.getName());
                if (name.equals("pos")) {
                    pos = (Pos) value;
                    continue;
                }
                if (value == null) {
                    continue;
                }
                Out o;
                if (value instanceof Boolean b && name.equals("simple")) {
                    o = new Out(b ? "1" : "0", true);
                } else {
                    o = format(value, level);
                }
                allSimple &= o.simple;
                args.add(name + "=" + o.text);
            }
            if (r instanceof Mod.Module) {
                args.add("type_ignores=[]");
            }
            if (r instanceof Comprehension) {
                args.add("is_async=0");
            }
            if (attributes && pos != null) {
                args.add("lineno=" + pos.line());
                args.add("col_offset=" + pos.col());
                args.add("end_lineno=" + pos.endLine());
                args.add("end_col_offset=" + pos.endCol());
            }
            String cls = className(r);
            if (allSimple && args.size() <= 3) {
                return new Out(cls + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Out(cls + "(" + prefix + String.join(sep, args) + ")", false);
        }
    }

    private static String className(Object r) {
        String n = r.getClass().getSimpleName();
        switch (n) {
            case "ExprStmt": return "Expr";
            case "List_": return "List";
            case "Arguments": return "arguments";
            case "Arg": return "arg";
            case "Keyword": return "keyword";
            case "Alias": return "alias";
            case "WithItem": return "withitem";
            case "Comprehension": return "comprehension";
            default: return n;
        }
    }

    private static String snake(String camel) {
        switch (camel) {
            case "kwDefaults": return "kw_defaults";
            case "decoratorList": return "decorator_list";
            case "formatSpec": return "format_spec";
            case "contextExpr": return "context_expr";
            case "optionalVars": return "optional_vars";
            default: return camel;
        }
    }

    /** Python's repr of a constant value. */
    static String repr(Object v) {
        if (v == null || v == Expr.Constant.NONE) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof Expr.Bytes b) {
            return StrRepr.bytes(b.data());
        }
        return v.toString();
    }

    /** Keeps Node referenced for readers: every AST record with a position implements it. */
    static boolean hasPosition(Object o) {
        return o instanceof Node;
    }
}
