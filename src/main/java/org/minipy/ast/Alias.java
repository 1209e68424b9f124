package org.minipy.ast;

/** {@code name as asname} in an import; asname may be {@code null}; name may be "*". */
public record Alias(Pos pos, String name, String asname) implements Node {}
