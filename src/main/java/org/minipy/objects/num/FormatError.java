package org.minipy.objects.num;

/**
 * A format-spec error whose message is exactly CPython's. {@link #isOverflow()} tells the caller
 * to raise OverflowError instead of ValueError (e.g. "%c arg not in range(0x110000)").
 */
public final class FormatError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean overflow;

    public FormatError(String message) {
        this(message, false);
    }

    public FormatError(String message, boolean overflow) {
        super(message);
        this.overflow = overflow;
    }

    public boolean isOverflow() {
        return overflow;
    }

    /** "Unknown format code 'q' for object of type 'int'" */
    public static FormatError unknownCode(char type, String typeName) {
        return new FormatError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // used for control flow into Python exceptions: no Java stack needed
    }
}
