package org.minipy.parse;

/**
 * The source nests too deeply for the front end (a Java stack overflow while parsing or
 * building the tree). The runtime maps it to Python's {@code RecursionError}, as CPython 3.11
 * reports "maximum recursion depth exceeded during compilation" for such input.
 */
public class ParserRecursionError extends RuntimeException {
    public ParserRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
