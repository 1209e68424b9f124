package org.minipy.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.imports.ImportSystem;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of the import system on shared/bench/module_exec.py (copied into
 * benchmarks/resources): (a) execCodeModule of the precompiled body into a fresh module,
 * (b) importing it from its cache file vs from source, (c) {@code import} of a module already
 * in sys.modules, (d) compiling it. Compare with benchmarks/cpython_import_bench.py.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ImportBench {
    static final String MODULE = "bm_module";

    Path dir;
    String source;
    Interpreter py;
    ImportSystem imports;
    Code code;
    PyDict modules;
    PyStr name = PyStr.of(MODULE);
    Code importStmt;
    PyDict mainDict;

    static String moduleSource() throws IOException {
        for (String p : List.of(System.getProperty("minipy.bench.module", "benchmarks/resources/module_exec.py"),
                "../benchmarks/resources/module_exec.py", "/work/shared/bench/module_exec.py")) {
            Path f = Path.of(p);
            if (Files.isRegularFile(f)) {
                return Files.readString(f);
            }
        }
        throw new IOException("module_exec.py not found: run from the repository root or set -Dminipy.bench.module");
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("minipy-bench");
        source = moduleSource();
        Files.writeString(dir.resolve(MODULE + ".py"), source);
        py = Interpreter.builder().stdout(new PrintStream(new ByteArrayOutputStream())).workingDirectory(dir)
                .path(List.of(dir.toString())).build();
        imports = py.state().importer.system;
        code = Interpreter.compileSource(source, dir.resolve(MODULE + ".py").toString(), "exec");
        modules = imports.getModuleDict();
        // write the cache file once, then keep the module imported for (c)
        imports.importModule(MODULE);
        importStmt = Interpreter.compileSource("import " + MODULE, "<bench>", "exec");
        mainDict = new PyDict();
        mainDict.setItem("__name__", PyStr.of("__main__"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        py.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** (a) PyImport_ExecCodeModule of the precompiled body into a fresh module. */
    @Benchmark
    public PyObject a_execCodeModule() {
        modules.pop(name);
        return imports.execCodeModule(MODULE, code);
    }

    /** (b) import from the __pycache__ file (valid cache: no compile). */
    @Benchmark
    public PyObject b_importFromCache() {
        modules.pop(name);
        return imports.importModule(MODULE);
    }

    /** (b') import from source: the cache file is removed first, so it is compiled (and rewritten). */
    @Benchmark
    public PyObject b_importFromSource() throws IOException {
        modules.pop(name);
        Files.deleteIfExists(dir.resolve("__pycache__/" + MODULE + "." + imports.getMagicTag() + ".pyc"));
        return imports.importModule(MODULE);
    }

    /** (c) the import statement for a module already in sys.modules. */
    @Benchmark
    public PyObject c_importAlreadyImported() {
        if (modules.getItemOrNull(name) == null) {
            imports.importModule(MODULE);
        }
        return py.state().exec(importStmt, mainDict, mainDict);
    }

    /** (d) compiling the module's source. */
    @Benchmark
    public Code d_compile() {
        return Interpreter.compileSource(source, "module_exec.py", "exec");
    }
}
