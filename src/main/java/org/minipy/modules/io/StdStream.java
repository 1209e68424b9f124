package org.minipy.modules.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;

/**
 * {@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin}: a text stream over a Java stream.
 *
 * <p>Output is buffered in a StringBuilder (so print is cheap) and written out when the buffer
 * is large, on {@code flush()}, on every newline if line-buffered (a terminal), before input
 * is read from stdin, and before anything is written to stderr. <b>The interpreter must call
 * {@link #flush()} on sys.stdout when the program ends</b> (and before printing a traceback).
 */
public final class StdStream extends PyTextIO {
    private static final int LIMIT = 1 << 13;

    private final OutputStream out;
    private final BufferedReader in;
    private final boolean lineBuffered;
    /** stderr: every write goes out at once. */
    private final boolean unbuffered;
    /** Flushed before this stream writes or reads (stdout, for stderr and stdin). */
    private final StdStream flushFirst;
    private final StringBuilder buf = new StringBuilder();

    private StdStream(String name, String mode, OutputStream out, InputStream in, boolean lineBuffered,
                      StdStream flushFirst) {
        super(name, mode, "utf-8");
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.lineBuffered = lineBuffered;
        this.flushFirst = flushFirst;
        this.unbuffered = name.equals("<stderr>");
    }

    /** {@code sys.stdout}; line-buffered when it is a terminal. */
    public static StdStream stdout(OutputStream out, boolean lineBuffered) {
        return new StdStream("<stdout>", "w", out, null, lineBuffered, null);
    }

    /** {@code sys.stderr}: written through at once, after flushing {@code stdout} (may be null). */
    public static StdStream stderr(OutputStream err, StdStream stdout) {
        return new StdStream("<stderr>", "w", err, null, true, stdout);
    }

    /** {@code sys.stdin}; reading first flushes {@code stdout} (may be null), as input() does. */
    public static StdStream stdin(InputStream in, StdStream stdout) {
        return new StdStream("<stdin>", "r", null, in, false, stdout);
    }

    @Override
    protected int fileno() {
        return in != null ? 0 : unbuffered ? 2 : 1;
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    protected void writeText(String s) {
        if (flushFirst != null) {
            flushFirst.flushQuietly();
        }
        buf.append(s);
        if (unbuffered || buf.length() >= LIMIT || (lineBuffered && s.indexOf('\n') >= 0)) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (out == null || buf.length() == 0) {
            return;
        }
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        buf.setLength(0);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw PyErr.osError("%s", e.getMessage());
        }
    }

    private void flushQuietly() {
        if (!closed) {
            flush();
        }
    }

    @Override
    protected String readText(int n) {
        if (flushFirst != null) {
            flushFirst.flushQuietly();
        }
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((n < 0 || sb.length() < n) && (c = in.read()) >= 0) {
                sb.append((char) c);
            }
        } catch (InterruptedIOException e) {
            // Ctrl-C while waiting for a line (see cli.InterruptibleInput)
            throw PyErr.withArgs(PyExc.KeyboardInterrupt);
        } catch (IOException e) {
            throw PyErr.osError("%s", e.getMessage());
        }
        return sb.toString();
    }

    @Override
    protected String readLineText(int limit) {
        if (flushFirst != null) {
            flushFirst.flushQuietly();
        }
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((limit < 0 || sb.length() < limit) && (c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (InterruptedIOException e) {
            // Ctrl-C while waiting for a line (see cli.InterruptibleInput)
            throw PyErr.withArgs(PyExc.KeyboardInterrupt);
        } catch (IOException e) {
            throw PyErr.osError("%s", e.getMessage());
        }
        return sb.toString();
    }

    /** Standard streams are not closed at the Java level (only marked closed). */
    @Override
    protected void release() {
    }
}
