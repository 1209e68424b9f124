package org.minipy.modules.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import org.minipy.objects.PyException;

/**
 * The raw layer under a file object (CPython's {@code FileIO}): an open {@link FileChannel}
 * with positional reads and writes. The buffered layer above keeps the file position itself,
 * so every call names its position; append mode is honoured here (a write goes to the end
 * whatever position is asked for), since Java does not allow READ with APPEND.
 *
 * <p>Failures are Python OSErrors naming the file.
 */
final class RawFile {
    private final FileChannel ch;
    private final String name;
    private final boolean append;

    private RawFile(FileChannel ch, String name, boolean append) {
        this.ch = ch;
        this.name = name;
        this.append = append;
    }

    /**
     * Opens {@code path} (shown as {@code name}) for the mode letter {@code rwax} and
     * {@code plus}: r must exist, w truncates, a creates and appends, x must not exist.
     */
    static RawFile open(Path path, String name, char kind, boolean plus) {
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (kind == 'r' || plus) {
            opts.add(StandardOpenOption.READ);
        }
        if (kind != 'r' || plus) {
            opts.add(StandardOpenOption.WRITE);
        }
        switch (kind) {
            case 'w':
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                break;
            case 'a':
                opts.add(StandardOpenOption.CREATE);
                break;
            case 'x':
                opts.add(StandardOpenOption.CREATE_NEW);
                break;
            default:
                break;
        }
        try {
            return new RawFile(FileChannel.open(path, opts), name, kind == 'a');
        } catch (IOException e) {
            throw IOErrors.from(e, name);
        } catch (UnsupportedOperationException | SecurityException e) {
            throw IOErrors.os(IOErrors.EACCES, name);
        }
    }

    boolean append() {
        return append;
    }

    private PyException error(IOException e) {
        return IOErrors.from(e, name);
    }

    /** Reads up to {@code len} bytes at {@code pos} into {@code b}; 0 at end of file. */
    int read(long pos, byte[] b, int off, int len) {
        try {
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            int total = 0;
            while (bb.hasRemaining()) {
                int n = ch.read(bb, pos + total);
                if (n <= 0) {
                    break;
                }
                total += n;
            }
            return total;
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** Writes {@code b[off, off+len)} at {@code pos} (at the end in append mode); the position after it. */
    long write(long pos, byte[] b, int off, int len) {
        try {
            long at = append ? ch.size() : pos;
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) {
                at += ch.write(bb, at);
            }
            return at;
        } catch (IOException e) {
            throw error(e);
        }
    }

    long size() {
        try {
            return ch.size();
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** Sets the file's length to {@code size}, cutting it or extending it with zero bytes. */
    void truncate(long size) {
        try {
            long n = ch.size();
            if (size < n) {
                ch.truncate(size);
            } else if (size > n) {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    void close() {
        try {
            ch.close();
        } catch (IOException e) {
            throw error(e);
        }
    }
}
