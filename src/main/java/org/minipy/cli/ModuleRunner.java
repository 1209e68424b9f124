package org.minipy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minipy.Interpreter;
import org.minipy.objects.PyException;
import org.minipy.objects.PyStr;

/**
 * {@code -m mod}: finds the module's source on sys.path (a package runs its {@code __main__.py})
 * and runs it as {@code __main__}, as runpy does: sys.argv[0] is the file's full path, sys.path[0]
 * the current directory, parent packages are imported first. The interpreter has no
 * runModule of its own yet, so this small finder mirrors the import system's search order
 * (package directory with __init__.py before module.py).
 */
final class ModuleRunner {
    private ModuleRunner() {
    }

    static int run(Interpreter py, String name, List<String> args, Path cwd, List<String> extraPath, PrintStream err) {
        List<String> path = new ArrayList<>();
        path.add(cwd.toString());
        path.addAll(extraPath);
        py.setPath(path);
        Path file = find(name, path, cwd);
        if (file == null) {
            err.println("minipy: No module named " + name);
            return 1;
        }
        int dot = name.lastIndexOf('.');
        boolean isPackage = file.getFileName().toString().equals("__main__.py");
        String pkg = isPackage ? name : dot < 0 ? "" : name.substring(0, dot);
        if (!pkg.isEmpty()) {
            try {
                py.exec("__import__(" + org.minipy.objects.Abstract.repr(PyStr.of(pkg)).value() + ")");
            } catch (PyException e) {
                return py.reportException(e);
            }
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("minipy: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        py.setArgv(argv);
        py.globals().setItem("__file__", PyStr.of(file.toString()));
        py.globals().setItem("__package__", PyStr.of(pkg));
        return py.runSource(source, file.toString());
    }

    /** The source file of module {@code name}: dir/a/b.py or dir/a/b/__main__.py, a/ being a package. */
    static Path find(String name, List<String> path, Path cwd) {
        String[] parts = name.split("\\.", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                return null;
            }
        }
        for (String entry : path) {
            Path dir = cwd.resolve(entry.isEmpty() ? "." : entry);
            for (int i = 0; i < parts.length - 1 && dir != null; i++) {
                dir = dir.resolve(parts[i]);
                if (!Files.isRegularFile(dir.resolve("__init__.py"))) {
                    dir = null;
                }
            }
            if (dir == null) {
                continue;
            }
            String leaf = parts[parts.length - 1];
            Path pkgMain = dir.resolve(leaf).resolve("__main__.py");
            if (Files.isRegularFile(dir.resolve(leaf).resolve("__init__.py")) && Files.isRegularFile(pkgMain)) {
                return pkgMain.toAbsolutePath().normalize();
            }
            Path f = dir.resolve(leaf + ".py");
            if (Files.isRegularFile(f)) {
                return f.toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
