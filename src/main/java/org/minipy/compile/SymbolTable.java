package org.minipy.compile;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minipy.ast.Alias;
import org.minipy.ast.Arg;
import org.minipy.ast.Arguments;
import org.minipy.ast.Comprehension;
import org.minipy.ast.ExceptHandler;
import org.minipy.ast.Expr;
import org.minipy.ast.ExprContext;
import org.minipy.ast.Keyword;
import org.minipy.ast.Mod;
import org.minipy.ast.Node;
import org.minipy.ast.Pos;
import org.minipy.parse.PySyntaxError;
import org.minipy.ast.Stmt;
import org.minipy.ast.WithItem;

import static org.minipy.compile.Scope.*;

/**
 * The symbol table: one {@link Scope} per module, class, function, lambda and comprehension,
 * built in one pass over the AST and then analysed to decide, for every name, whether it is
 * local, global (explicit or implicit), free or a cell. Follows CPython 3.11's symtable.c
 * ({@code symtable_visit_*}, then {@code analyze_block}).
 */
public final class SymbolTable {
    private final String filename;
    private final Map<Object, Scope> blocks = new IdentityHashMap<>();
    public final Scope top;
    private Scope cur;
    /** The enclosing class name, for private-name mangling. */
    private String privateName;

    private SymbolTable(String filename) {
        this.filename = filename;
        this.top = new Scope(Kind.MODULE, "top", null, 0);
        this.cur = top;
    }

    /** Builds and analyses the symbol table of a module, expression or interactive input. */
    public static SymbolTable build(Mod mod, String filename) {
        SymbolTable st = new SymbolTable(filename);
        if (mod instanceof Mod.Module m) {
            st.visitStmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            st.visitStmts(m.body());
        } else if (mod instanceof Mod.Expression e) {
            st.visitExpr(e.body());
        }
        st.analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>());
        return st;
    }

    /** The block of a FunctionDef, ClassDef, Lambda or comprehension node. */
    public Scope scopeOf(Object node) {
        Scope s = blocks.get(node);
        if (s == null) {
            throw new IllegalStateException("no symbol table block for " + node);
        }
        return s;
    }

    /** CPython's private-name mangling: {@code __x} inside class C becomes {@code _C__x}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private PySyntaxError error(String msg, Node at) {
        Pos p = at == null ? Pos.NONE : at.pos();
        return new PySyntaxError("SyntaxError", msg, filename, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1, null);
    }

    // ---- building ---------------------------------------------------------------------------

    private Scope enter(Kind kind, String name, Object node, int lineno) {
        Scope s = new Scope(kind, name, cur, lineno);
        s.nested = cur.kind == Kind.FUNCTION || cur.nested;
        cur.children.add(s);
        blocks.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private void addDef(String name, int flag, Node at) {
        addDefIn(cur, name, flag, at);
    }

    private void addDefIn(Scope s, String name, int flag, Node at) {
        String mangled = mangle(privateName, name);
        int old = s.flags(mangled);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            throw error("duplicate argument '" + mangled + "' in function definition", at);
        }
        s.symbols.put(mangled, old | flag);
        if ((flag & DEF_GLOBAL) != 0) {
            // a global declaration anywhere makes the module-level name explicitly global too
            top.symbols.put(mangled, top.flags(mangled) | flag);
        }
    }

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            addDef(f.name(), DEF_LOCAL, f);
            visitDefaults(f.args());
            visitAnnotations(f.args(), f.returns());
            visitExprs(f.decoratorList());
            int line = f.decoratorList().isEmpty() ? f.pos().line() : f.decoratorList().get(0).pos().line();
            enter(Kind.FUNCTION, f.name(), f, line);
            visitParams(f.args(), f);
            visitStmts(f.body());
            exit();
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), DEF_LOCAL, c);
            visitExprs(c.bases());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
            visitExprs(c.decoratorList());
            int line = c.decoratorList().isEmpty() ? c.pos().line() : c.decoratorList().get(0).pos().line();
            enter(Kind.CLASS, c.name(), c, line);
            String savedPrivate = privateName;
            privateName = c.name();
            visitStmts(c.body());
            privateName = savedPrivate;
            exit();
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                visitExpr(r.value());
            }
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                visitExpr(item.contextExpr());
                if (item.optionalVars() != null) {
                    visitExpr(item.optionalVars());
                }
            }
            visitStmts(w.body());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
            }
            if (r.cause() != null) {
                visitExpr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            visitStmts(t.body());
            visitStmts(t.orelse());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    visitExpr(h.type());
                }
                if (h.name() != null) {
                    addDef(h.name(), DEF_LOCAL, h);
                }
                visitStmts(h.body());
            }
            visitStmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) {
                visitExpr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) {
                visitAlias(a, s);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) {
                visitAlias(a, s);
            }
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                declare(name, s, DEF_GLOBAL, "global");
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                declare(name, s, DEF_NONLOCAL, "nonlocal");
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExpr(e.value());
        }
        // Pass, Break, Continue: nothing
    }

    /** A global or nonlocal declaration, with CPython's checks of earlier uses. */
    private void declare(String name, Stmt s, int flag, String what) {
        int old = cur.flags(mangle(privateName, name));
        if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
            String msg;
            if ((old & DEF_PARAM) != 0) {
                msg = "name '%s' is parameter and " + what;
            } else if ((old & USE) != 0) {
                msg = "name '%s' is used prior to " + what + " declaration";
            } else if ((old & DEF_ANNOT) != 0) {
                msg = "annotated name '%s' can't be " + what;
            } else {
                msg = "name '%s' is assigned to before " + what + " declaration";
            }
            throw error(String.format(msg, name), s);
        }
        addDef(name, flag, s);
        cur.directives.put(mangle(privateName, name), s);
    }

    private void visitAnnAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = cur.flags(mangle(privateName, n.id()));
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && a.simple()) {
                String what = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + what, a);
            }
            if (a.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target());
        }
        visitExpr(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitAlias(Alias a, Stmt s) {
        String name = a.asname() != null ? a.asname() : a.name();
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (name.equals("*")) {
            if (cur.kind != Kind.MODULE) {
                throw error("import * only allowed at module level", a);
            }
            return;
        }
        addDef(store, DEF_IMPORT, a);
    }

    private void visitDefaults(Arguments args) {
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
    }

    private void visitAnnotations(Arguments args, Expr returns) {
        for (List<Arg> l : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arg a : l) {
                if (a.annotation() != null) {
                    visitExpr(a.annotation());
                }
            }
        }
        if (args.vararg() != null && args.vararg().annotation() != null) {
            visitExpr(args.vararg().annotation());
        }
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            visitExpr(args.kwarg().annotation());
        }
        if (returns != null) {
            visitExpr(returns);
        }
    }

    private void param(Arg a) {
        addDef(a.arg(), DEF_PARAM, a);
        cur.varnames.add(mangle(privateName, a.arg()));
    }

    private void visitParams(Arguments args, Node at) {
        for (Arg a : args.posonlyargs()) {
            param(a);
        }
        for (Arg a : args.args()) {
            param(a);
        }
        for (Arg a : args.kwonlyargs()) {
            param(a);
        }
        if (args.vararg() != null) {
            param(args.vararg());
            cur.varargs = true;
        }
        if (args.kwarg() != null) {
            param(args.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitExpr(Expr e) {
        if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
            if (n.ctx() == ExprContext.Load && cur.kind == Kind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", USE, n);
            }
        } else if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            visitNamedExpr(n);
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            visitDefaults(l.args());
            Scope s = enter(Kind.FUNCTION, "lambda", l, l.pos().line());
            s.lambda = true;
            visitParams(l.args(), l);
            visitExpr(l.body());
            exit();
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            visitExprs(d.keys());
            visitExprs(d.values());
        } else if (e instanceof Expr.Set s) {
            visitExprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            visitComprehension(c, "listcomp", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            visitComprehension(c, "setcomp", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            visitComprehension(c, "dictcomp", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            visitComprehension(c, "genexpr", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                visitExpr(y.value());
            }
            markGenerator(e);
        } else if (e instanceof Expr.YieldFrom y) {
            visitExpr(y.value());
            markGenerator(e);
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) {
                visitExpr(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.List_ l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            visitExprs(t.elts());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                visitExpr(s.lower());
            }
            if (s.upper() != null) {
                visitExpr(s.upper());
            }
            if (s.step() != null) {
                visitExpr(s.step());
            }
        }
        // Constant: nothing
    }

    private void markGenerator(Expr e) {
        cur.generator = true;
        if (cur.comprehension) {
            String kind = switch (cur.name) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + kind, e);
        }
    }

    /** cf. symtable_handle_comprehension: the first iterable belongs to the enclosing scope. */
    private void visitComprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension outer = gens.get(0);
        visitExpr(outer.iter());
        Scope s = enter(Kind.FUNCTION, name, node, node.pos().line());
        s.comprehension = true;
        if (node instanceof Expr.GeneratorExp) {
            s.generator = true;
        }
        addDef(".0", DEF_PARAM, node);
        s.varnames.add(".0");
        visitCompTarget(outer.target());
        visitExprs(outer.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            visitCompTarget(g.target());
            visitExpr(g.iter());
            visitExprs(g.ifs());
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        exit();
    }

    private void visitCompTarget(Expr target) {
        visitExpr(target);
        markCompIter(target);
    }

    private void markCompIter(Expr target) {
        if (target instanceof Expr.Name n) {
            String m = mangle(privateName, n.id());
            cur.symbols.put(m, cur.flags(m) | DEF_COMP_ITER);
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::markCompIter);
        } else if (target instanceof Expr.List_ l) {
            l.elts().forEach(this::markCompIter);
        } else if (target instanceof Expr.Starred s) {
            markCompIter(s.value());
        }
    }

    /** cf. symtable_extend_namedexpr_scope: a walrus in a comprehension binds outside it. */
    private void visitNamedExpr(Expr.NamedExpr n) {
        if (cur.comprehension) {
            String target = ((Expr.Name) n.target()).id();
            for (Scope s = cur; s != null; s = s.parent) {
                if (s.comprehension) {
                    if ((s.flags(target) & DEF_COMP_ITER) != 0) {
                        throw error("assignment expression cannot rebind comprehension iteration variable '"
                                + target + "'", n);
                    }
                    continue;
                }
                if (s.kind == Kind.FUNCTION) {
                    addDef(target, (s.flags(target) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, n);
                    cur.directives.put(target, n);
                    addDefIn(s, target, DEF_LOCAL, n);
                    break;
                }
                if (s.kind == Kind.MODULE) {
                    addDef(target, DEF_GLOBAL, n);
                    cur.directives.put(target, n);
                    addDefIn(s, target, DEF_GLOBAL, n);
                    break;
                }
                throw error("assignment expression within a comprehension cannot be used in a class body", n);
            }
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    // ---- analysis (cf. analyze_block, analyze_name, analyze_cells, update_symbols) -----------

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        if (s.kind == Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != Kind.CLASS) {
            if (s.kind == Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            if (child.hasFree || child.childFree) {
                s.childFree = true;
            }
            newFree.addAll(childFree);
        }
        if (s.kind == Kind.FUNCTION) {
            for (Map.Entry<String, NameScope> e : s.scopes.entrySet()) {
                if (e.getValue() == NameScope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(NameScope.CELL);
                }
            }
        } else if (s.kind == Kind.CLASS) {
            if (newFree.remove("__class__")) {
                s.needsClassClosure = true;
            }
        }
        updateSymbols(s, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", s.directives.get(name));
            }
            s.scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", s.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", s.directives.get(name));
            }
            s.scopes.put(name, NameScope.FREE);
            s.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            s.scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.scopes.put(name, NameScope.FREE);
            s.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            s.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
            return;
        }
        if (s.nested) {
            s.hasFree = true;
        }
        s.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    private void updateSymbols(Scope s, Set<String> bound, Set<String> free) {
        for (String name : free) {
            Integer flags = s.symbols.get(name);
            if (flags != null) {
                // A method's free variable that is also bound in the class body: the class
                // passes the cell through while its own code uses the class namespace.
                if (s.kind == Kind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    s.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.symbols.put(name, 0);
            s.scopes.put(name, NameScope.FREE);
        }
    }
}
