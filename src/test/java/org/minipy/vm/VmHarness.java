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
        Path script = dir.resolve("prog.py");
        Files.writeString(script, source);
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
        return format(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static String runCPython(String source) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("minipy-cpy");
        Files.writeString(dir.resolve("prog.py"), source);
        Process p = new ProcessBuilder("python3", "prog.py").directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        // minipy keeps file names as given; CPython makes the script's absolute
        err = err.replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
        // minipy prints no carets under the failing expression (CPython 3.11 does)
        err = err.replaceAll("(?m)^ *[~^]+ *\n", "");
        return format(out, err, status);
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
