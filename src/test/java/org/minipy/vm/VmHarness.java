package org.minipy.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.minipy.Interpreter;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyStr;

/** Runs Python programs on the VM and on python3, for tests that compare the two. */
final class VmHarness {
    private VmHarness() {
    }

    /** Output (stdout, then "--stderr--" and stderr if any) and exit status of a program on minipy. */
    static String runMinipy(String source, boolean cpythonCompiler) throws IOException {
        Path dir = Files.createTempDirectory("minipy-vm");
        writeFiles(dir, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).workingDirectory(dir)
                .argv(List.of("prog.py")).build()) {
            if (cpythonCompiler) {
                py.state().setCompiler(CPythonCode::compile);
            }
            ensurePrint(py.state());
            status = py.runMain(Path.of("prog.py"));
        }
        // like CPython, minipy names the script by its absolute path; compare plain names
        String e = err.toString(StandardCharsets.UTF_8).replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
        return format(out.toString(StandardCharsets.UTF_8), e, status);
    }

    static String runCPython(String source) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("minipy-cpy");
        writeFiles(dir, source);
        Process p = new ProcessBuilder("python3", "-B", "prog.py").directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
                err = err.replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
        return format(out, err, status);
    }

    /** prog.py is the text up to the first line "#### path"; each such line starts another file. */
    private static void writeFiles(Path dir, String source) throws IOException {
        String[] parts = source.split("(?m)^#### ");
        Files.writeString(dir.resolve("prog.py"), parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            Path f = dir.resolve(parts[i].substring(0, nl).trim());
            Files.createDirectories(f.getParent());
            Files.writeString(f, parts[i].substring(nl + 1));
        }
    }

    private static String format(String out, String err, int status) {
        return out + (err.isEmpty() ? "" : "--stderr--\n" + err) + "--status " + status + "\n";
    }

    /** Until the builtins module lands: a minimal print. */
    static void ensurePrint(InterpreterState st) {
        PyDict b = st.builtins().getDict();
        if (b.getItem("print") != null) {
            return;
        }
        b.setItem("print", new PyBuiltinFunction("print", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            int n = a.length - (kw == null ? 0 : kw.length);
            String end = "\n";
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (kw[k].equals("end")) {
                    end = Abstract.str(a[n + k]).value();
                }
            }
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(Abstract.str(a[i]).value());
            }
            sb.append(end);
            Abstract.callMethod(st.stdout(), "write", PyStr.of(sb.toString()));
            return PyNone.None;
        }));
    }
}
