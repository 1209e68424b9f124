package org.minipy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.SynchronousQueue;

/**
 * A terminal's standard input that a Ctrl-C can interrupt. A Java thread blocked reading a file
 * descriptor ignores {@link Thread#interrupt()}, so {@code input()} would wait for the line even
 * after the user pressed Ctrl-C. Here the blocking read happens on a helper thread, one request
 * at a time, while the reading thread waits interruptibly and then fails with
 * {@link InterruptedIOException} (which the standard streams turn into KeyboardInterrupt).
 * A read left behind by an interrupt completes with the next line typed, which the next read
 * receives, as python3's next {@code input()} would.
 */
final class InterruptibleInput extends InputStream {
    private final InputStream in;
    private final SynchronousQueue<Object> requests = new SynchronousQueue<>();
    private final SynchronousQueue<Object> results = new SynchronousQueue<>();
    private final byte[] chunk = new byte[8192];
    private byte[] pending = new byte[0];
    private int pos;
    private boolean requested;

    InterruptibleInput(InputStream in) {
        this.in = in;
        Thread reader = new Thread(this::serve, "minipy-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    /** The helper thread: one blocking read per request; the result is bytes, EOF or an exception. */
    private void serve() {
        try {
            while (true) {
                requests.take();
                Object result;
                try {
                    int n = in.read(chunk);
                    result = n < 0 ? Boolean.FALSE : java.util.Arrays.copyOf(chunk, n);
                } catch (IOException e) {
                    result = e;
                }
                results.put(result);
            }
        } catch (InterruptedException e) {
            // the process is ending
        }
    }

    /** Fills {@link #pending}; false at end of input. */
    private boolean fill() throws IOException {
        if (pos < pending.length) {
            return true;
        }
        try {
            if (!requested) {
                requests.put(Boolean.TRUE);
                requested = true;
            }
            Object r = results.take();
            requested = false;
            if (r instanceof IOException e) {
                throw e;
            }
            if (r == Boolean.FALSE) {
                return false;  // Ctrl-D: this read ends; a terminal can still be read afterwards
            }
            pending = (byte[]) r;
            pos = 0;
            return true;
        } catch (InterruptedException e) {
            // the request stays outstanding: its line goes to the next read
            throw new InterruptedIOException("interrupted while reading standard input");
        }
    }

    @Override
    public synchronized int read() throws IOException {
        return fill() ? pending[pos++] & 0xff : -1;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - pos);
        System.arraycopy(pending, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return pending.length - pos;
    }
}
