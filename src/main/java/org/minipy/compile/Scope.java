package org.minipy.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class or function
 * body (lambdas and comprehensions are function blocks). Holds the flags of every name used in
 * the block and, after analysis, each name's scope.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION }

    // Definition flags (cf. CPython's DEF_* in symtable.h).
    public static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8,
            USE = 16, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Resolved scopes of names (cf. CPython's LOCAL, GLOBAL_EXPLICIT, ...). */
    public enum NameScope { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    public final Kind kind;
    /** The block's name: the function or class name, "top", "lambda", "listcomp" ... */
    public final String name;
    public final Scope parent;
    public final int lineno;
    public final List<Scope> children = new ArrayList<>();
    /** Name -> DEF_* flags, in first-seen order. */
    public final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Name -> resolved scope (after analysis). */
    public final Map<String, NameScope> scopes = new LinkedHashMap<>();
    /** Parameter names in order (posonly, args, kwonly, *args, **kwargs). */
    public final List<String> varnames = new ArrayList<>();
    /** Name -> the global/nonlocal statement (or walrus) that declared it, for error locations. */
    final Map<String, org.minipy.ast.Node> directives = new LinkedHashMap<>();

    public boolean nested;
    public boolean generator;
    public boolean comprehension;
    public boolean lambda;
    public boolean varargs;
    public boolean varkeywords;
    /** Some name of this block is free (it takes a closure). */
    public boolean hasFree;
    /** Some nested block has free variables. */
    public boolean childFree;
    /** A class whose methods use {@code __class__} or {@code super}: gets a __class__ cell. */
    public boolean needsClassClosure;

    Scope(Kind kind, String name, Scope parent, int lineno) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.lineno = lineno;
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    public int flags(String name) {
        return symbols.getOrDefault(name, 0);
    }

    /** The resolved scope of a name, or null if the block never mentions it. */
    public NameScope scopeOf(String name) {
        return scopes.get(name);
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + scopes;
    }
}
