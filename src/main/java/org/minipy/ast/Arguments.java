package org.minipy.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: defaults belong to the last
 * {@code posonlyargs + args}; kwDefaults has one entry per kwonlyarg ({@code null} = required).
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
