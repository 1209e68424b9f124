package org.minipy.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.minipy.objects.PyErr;

/**
 * PEP 3147 path arithmetic, as importlib._bootstrap_external does it: {@code cache_from_source},
 * {@code source_from_cache}, {@code _get_sourcefile}, {@code _get_cached}. Paths are strings
 * with '/' separators (minipy runs on POSIX path conventions).
 */
public final class CachePaths {
    private CachePaths() {
    }

    public static final String PYCACHE = "__pycache__";

    /** {@code _path_split}: (head, tail) at the last separator. */
    static String[] split(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? new String[] {"", path} : new String[] {path.substring(0, i), path.substring(i + 1)};
    }

    /** {@code _path_join}: non-empty parts, each stripped of trailing separators, joined by '/'. */
    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            int e = p.length();
            while (e > 0 && p.charAt(e - 1) == '/') {
                e--;
            }
            sb.append(p, 0, e);
        }
        return sb.toString();
    }

    /** {@code cache_from_source(path)} with the given tag (optimization level 0). */
    public static String cacheFromSource(String path, String tag) {
        String[] ht = split(path);
        String tail = ht[1];
        int dot = tail.lastIndexOf('.');
        String base = dot < 0 ? "" : tail.substring(0, dot);
        String sep = dot < 0 ? "" : ".";
        String rest = dot < 0 ? tail : tail.substring(dot + 1);
        String almost = (base.isEmpty() ? rest : base) + sep + tag;
        return join(ht[0], PYCACHE, almost + ".pyc");
    }

    /** {@code source_from_cache(path)}: ValueError with CPython's messages for other layouts. */
    public static String sourceFromCache(String path) {
        String[] ht = split(path);
        String[] hp = split(ht[0]);
        String file = ht[1];
        if (!hp[1].equals(PYCACHE)) {
            throw PyErr.valueError("%s not bottom-level directory in %s", PYCACHE, quote(path));
        }
        int dots = 0;
        for (int k = 0; k < file.length(); k++) {
            if (file.charAt(k) == '.') {
                dots++;
            }
        }
        if (dots != 2 && dots != 3) {
            throw PyErr.valueError("expected only 2 or 3 dots in %s", quote(file));
        }
        if (dots == 3) {
            String[] parts = file.split("\\.", -1);
            String opt = parts[2];
            if (!opt.startsWith("opt-")) {
                throw PyErr.valueError("optimization portion of filename does not start with 'opt-'");
            }
            String level = opt.substring(4);
            if (level.isEmpty() || !level.codePoints().allMatch(Character::isLetterOrDigit)) {
                throw PyErr.valueError("optimization level %s is not an alphanumeric value", quote(opt));
            }
        }
        String base = file.substring(0, file.indexOf('.'));
        return join(hp[0], base + ".py");
    }

    /** {@code _get_sourcefile(bytecode_path)}: the source a cache path stands for, if it exists. */
    public static String sourceFile(String bytecodePath, Path cwd) {
        if (bytecodePath.isEmpty()) {
            return null;
        }
        int dot = bytecodePath.lastIndexOf('.');
        String rest = dot < 0 ? "" : bytecodePath.substring(0, dot);
        String ext = dot < 0 ? bytecodePath : bytecodePath.substring(dot + 1);
        String lower = ext.toLowerCase();
        // extension.lower()[-3:-1] != 'py'
        String mid = lower.length() >= 3 ? lower.substring(lower.length() - 3, lower.length() - 1)
                : lower.length() == 2 ? lower.substring(0, 1) : "";
        if (rest.isEmpty() || !mid.equals("py")) {
            return bytecodePath;
        }
        String source;
        try {
            source = sourceFromCache(bytecodePath);
        } catch (org.minipy.objects.PyException e) {
            source = bytecodePath.substring(0, bytecodePath.length() - 1);
        }
        return Files.isRegularFile(cwd.resolve(source)) ? source : bytecodePath;
    }

    /** {@code _get_cached(filename)}: the cache path of a source file, a .pyc itself, else null. */
    public static String cached(String filename, String tag) {
        if (filename.endsWith(".py")) {
            return cacheFromSource(filename, tag);
        }
        if (filename.endsWith(".pyc")) {
            return filename;
        }
        return null;
    }

    /** {@code os.path.abspath}: joined to the working directory and normalised. */
    public static String abspath(String path, Path cwd) {
        Path p = cwd.resolve(path).normalize();
        String s = p.toString();
        return s;
    }

    /** Python's repr of a str, for messages ({@code {path!r}}). */
    static String quote(String s) {
        return org.minipy.objects.PyStr.quote(s);
    }
}
