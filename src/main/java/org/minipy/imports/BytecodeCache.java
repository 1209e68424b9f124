package org.minipy.imports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.minipy.code.Code;
import org.minipy.code.Marshal;
import org.minipy.modules.SysModule;
import org.minipy.objects.PyException;

/**
 * {@code __pycache__/NAME.TAG.pyc} files in the PEP 552 layout: magic (4 bytes), flags (4),
 * source mtime (4), source size (4), then the marshalled code object. A file is used only when
 * all of magic, flags, mtime and size match; anything else (stale, truncated, corrupt, foreign)
 * reads as "no cache" and is later rewritten. Writes go to a temporary file in the same folder
 * and are renamed into place, so a reader never sees half a file.
 * cf. SourceLoader.get_code, _classify_pyc, _validate_timestamp_pyc, _code_to_timestamp_pyc.
 */
public final class BytecodeCache {
    private BytecodeCache() {
    }

    /**
     * The version of minipy's code format. Bump it whenever the instruction set (Opcode's
     * table) or the marshal format changes: MagicNumberTest fails until you do.
     */
    public static final int MAGIC_VERSION = 11;

    /** {@code importlib.util.MAGIC_NUMBER}: the version as 2 little-endian bytes, then CR LF. */
    public static byte[] magicNumber() {
        return new byte[] {(byte) MAGIC_VERSION, (byte) (MAGIC_VERSION >> 8), '\r', '\n'};
    }

    /** {@code PyImport_GetMagicNumber()}: the magic bytes read as a little-endian int. */
    public static int magicAsInt() {
        byte[] m = magicNumber();
        return (m[0] & 0xFF) | (m[1] & 0xFF) << 8 | (m[2] & 0xFF) << 16 | (m[3] & 0xFF) << 24;
    }

    /** {@code sys.implementation.cache_tag} (one constant, kept in SysModule). */
    public static final String TAG = SysModule.CACHE_TAG;

    static final int HEADER = 16;

    /** The header's mtime field: seconds, truncated to 32 bits as CPython's _pack_uint32. */
    static int mtimeField(long millis) {
        return (int) Math.floorDiv(millis, 1000L);
    }

    /** The cached code of a source with this mtime and size, or null if the cache cannot be trusted. */
    public static Code read(Path pyc, long sourceMtimeMillis, long sourceSize, String filename) {
        byte[] data;
        try {
            data = Files.readAllBytes(pyc);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (data.length < HEADER) {
            return null;
        }
        byte[] magic = magicNumber();
        for (int k = 0; k < 4; k++) {
            if (data[k] != magic[k]) {
                return null;
            }
        }
        if (int32(data, 4) != 0 || int32(data, 8) != mtimeField(sourceMtimeMillis)
                || int32(data, 12) != (int) sourceSize) {
            return null;
        }
        try {
            return Marshal.loads(data, HEADER, data.length, filename) instanceof Code c ? c : null;
        } catch (PyException e) {
            return null; // corrupt: ignore, the caller compiles and rewrites
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int int32(byte[] d, int p) {
        return (d[p] & 0xFF) | (d[p + 1] & 0xFF) << 8 | (d[p + 2] & 0xFF) << 16 | (d[p + 3] & 0xFF) << 24;
    }

    static void put32(byte[] d, int p, int v) {
        d[p] = (byte) v;
        d[p + 1] = (byte) (v >> 8);
        d[p + 2] = (byte) (v >> 16);
        d[p + 3] = (byte) (v >> 24);
    }

    /** The bytes of a cache file for {@code code} ({@code _code_to_timestamp_pyc}). */
    public static byte[] encode(Code code, long sourceMtimeMillis, long sourceSize) {
        byte[] body = Marshal.dumps(code);
        byte[] out = new byte[HEADER + body.length];
        System.arraycopy(magicNumber(), 0, out, 0, 4);
        put32(out, 8, mtimeField(sourceMtimeMillis));
        put32(out, 12, (int) sourceSize);
        System.arraycopy(body, 0, out, HEADER, body.length);
        return out;
    }

    /**
     * Writes the cache file atomically; failures (read-only folder, a race) are silently
     * ignored, as CPython's {@code _write_atomic} callers do.
     */
    public static void write(Path pyc, Code code, long sourceMtimeMillis, long sourceSize) {
        write(pyc, code, sourceMtimeMillis, sourceSize, null);
    }

    /** As above; the file gets the source's permissions plus owner-write (cf. _calc_mode). */
    public static void write(Path pyc, Code code, long sourceMtimeMillis, long sourceSize, Path source) {
        Path tmp = null;
        try {
            byte[] data = encode(code, sourceMtimeMillis, sourceSize);
            Path dir = pyc.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, pyc.getFileName().toString(), ".tmp");
            Files.write(tmp, data);
            if (source != null) {
                try {
                    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                            Files.getPosixFilePermissions(source);
                    perms.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
                    Files.setPosixFilePermissions(tmp, perms);
                } catch (UnsupportedOperationException | IOException e) {
                    // keep the temporary file's mode
                }
            }
            try {
                Files.move(tmp, pyc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, pyc, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // not important enough to report (cf. SourceFileLoader.set_data)
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // ignore
                }
            }
        }
    }
}
