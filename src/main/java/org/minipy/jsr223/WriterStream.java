package org.minipy.jsr223;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The interpreter writes bytes; a ScriptContext has Writers that may be replaced between calls.
 * Bytes are collected and decoded as UTF-8 on flush (the interpreter flushes after each call),
 * then written to whatever writer the context holds at that moment.
 */
final class WriterStream extends OutputStream {
    private final Supplier<Writer> target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterStream(Supplier<Writer> target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        pending.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        String s = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        Writer w = target.get();
        if (w != null) {
            w.write(s);
            w.flush();
        }
    }
}
