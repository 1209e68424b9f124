package org.minipy.compile;

/**
 * Where the compiler reports a {@code SyntaxWarning} (cf. compiler_warn): the interpreter prints
 * it as the warnings module does, {@code file:line: SyntaxWarning: message}.
 */
@FunctionalInterface
public interface WarningSink {
    /** Drops every warning (code compiled for tools, tests, or a second time). */
    WarningSink NONE = (message, lineno) -> { };

    void warn(String message, int lineno);
}
