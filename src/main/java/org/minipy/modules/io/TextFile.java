package org.minipy.modules.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyStr;

/**
 * A text file. Reading loads and decodes the whole file on first use (with universal newlines:
 * "\r\n" and "\r" read as "\n" unless {@code newline=''}); writing goes through a buffered
 * Writer.
 */
public final class TextFile extends PyTextIO {
    private final Path path;
    private final Charset charset;
    private final boolean translate;
    private final boolean reading;
    private Writer writer;
    private String content;
    /** Position in {@link #content} in Java chars. */
    private int pos;

    TextFile(Path path, String name, String mode, Charset charset, String encoding, boolean translate,
             boolean reading, Writer writer) {
        super(name, mode, encoding);
        this.path = path;
        this.charset = charset;
        this.translate = translate;
        this.reading = reading;
        this.writer = writer;
    }

    @Override
    public boolean readable() {
        return reading;
    }

    @Override
    public boolean writable() {
        return writer != null;
    }

    private String content() {
        if (content == null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
            String s = decode(bytes, charset);
            if (translate && s.indexOf('\r') >= 0) {
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            }
            content = s;
        }
        return content;
    }

    /** Strict decoding with a UnicodeDecodeError like CPython's. */
    static String decode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String codec = cs.name().equals("UTF-8") ? "utf-8" : cs.name().toLowerCase();
            int at = cs.name().equals("UTF-8") ? firstBadUtf8(bytes) : 0;
            int b = at < bytes.length ? bytes[at] & 0xff : 0;
            String why = b >= 0x80 && b < 0xc0 || b >= 0xf8 ? "invalid start byte" : "invalid continuation byte";
            if (!cs.name().equals("UTF-8")) {
                why = "ordinal not in range(128)";
            }
            throw PyErr.of(PyExc.UnicodeDecodeError, String.format(
                    "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b, at, why));
        }
    }

    /** The offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstBadUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return 0;
    }

    @Override
    protected String readText(int n) {
        String s = content();
        if (n < 0 || pos >= s.length()) {
            String r = s.substring(Math.min(pos, s.length()));
            pos = s.length();
            return r;
        }
        int end;
        try {
            end = s.offsetByCodePoints(pos, n);
        } catch (IndexOutOfBoundsException e) {
            end = s.length();
        }
        String r = s.substring(pos, end);
        pos = end;
        return r;
    }

    @Override
    protected String readLineText(int limit) {
        String s = content();
        if (pos >= s.length()) {
            return "";
        }
        int nl = s.indexOf('\n', pos);
        int end = nl < 0 ? s.length() : nl + 1;
        if (limit >= 0 && s.codePointCount(pos, end) > limit) {
            end = s.offsetByCodePoints(pos, limit);
        }
        String r = s.substring(pos, end);
        pos = end;
        return r;
    }

    /** Characters written so far, for tell() on a file being written. */
    private long written;

    @Override
    protected long tell() {
        if (writer != null) {
            return written;
        }
        String s = content();
        return s.substring(0, Math.min(pos, s.length())).getBytes(charset).length;
    }

    @Override
    protected long seek(long offset, int whence) {
        if (writer != null) {
            throw IOErrors.unsupported("seek on a file being written is not supported by minipy");
        }
        String s = content();
        if (whence == 2 && offset == 0) {
            pos = s.length();
        } else if (whence == 1 && offset == 0) {
            return tell();
        } else if (whence != 0) {
            throw IOErrors.unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        } else {
            if (offset < 0) {
                throw PyErr.valueError("negative seek position %d", offset);
            }
            // offset is a byte position (what tell() returns): find the matching character
            int p = 0;
            long bytes = 0;
            while (p < s.length() && bytes < offset) {
                int cp = s.codePointAt(p);
                bytes += new String(Character.toChars(cp)).getBytes(charset).length;
                p += Character.charCount(cp);
            }
            pos = p;
        }
        return tell();
    }

    @Override
    protected void writeText(String s) {
        written += s.getBytes(charset).length;
        try {
            writer.write(s);
        } catch (IOException e) {
            throw IOErrors.from(e, name);
        }
    }

    @Override
    public void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
        }
    }

    @Override
    protected void release() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
        }
        content = null;
    }
}
