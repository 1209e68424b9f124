package org.minipy.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;

/** Whole programs using the built-ins and built-in modules: minipy's output must equal CPython's. */
class ProgramTest {

    private static String format(String out, String err, int status) {
        return out + (err.isEmpty() ? "" : "--stderr--\n" + err) + "--status " + status + "\n";
    }

    static String runMinipy(String source, String stdin) throws IOException {
        Path dir = Files.createTempDirectory("minipy-libs");
        Files.writeString(dir.resolve("prog.py"), source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).workingDirectory(dir)
                .stdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .argv(List.of("prog.py")).build()) {
            status = py.runMain(Path.of("prog.py"));
        }
        return format(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static String runCPython(String source, String stdin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("minipy-libs-cpy");
        Files.writeString(dir.resolve("prog.py"), source);
        Process p = new ProcessBuilder("python3", "prog.py").directory(dir.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        err = err.replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
        err = err.replaceAll("(?m)^ *[~^]+ *\n", "");
        return format(out, err, status);
    }

    private static void check(String source) throws Exception {
        check(source, "");
    }

    private static void check(String source, String stdin) throws Exception {
        assertEquals(runCPython(source, stdin), runMinipy(source, stdin));
    }

    @Test
    void descriptorsAndSuper() throws Exception {
        check("""
                class A:
                    def __init__(self, x):
                        self._x = x
                    @property
                    def x(self):
                        return self._x
                    @x.setter
                    def x(self, v):
                        self._x = v * 2
                    @staticmethod
                    def s(a, b):
                        return a + b
                    @classmethod
                    def make(cls, v):
                        return cls(v)
                    def __repr__(self):
                        return f"A({self._x})"
                class B(A):
                    def __init__(self, x, y):
                        super().__init__(x)
                        self.y = y
                    @classmethod
                    def make(cls, v):
                        return super().make(v)
                a = A(3)
                a.x = 5
                print(a.x, A.s(1, 2), a.s(3, 4), A.make(7), B(1, 2).y)
                class Base:
                    def greet(self):
                        return "base"
                class Mid(Base):
                    def greet(self):
                        return "mid+" + super().greet()
                class Leaf(Mid):
                    def greet(self):
                        return "leaf+" + super().greet()
                print(Leaf().greet(), super(Mid, Leaf()).greet())
                class P:
                    @property
                    def ro(self):
                        return 1
                try:
                    P().ro = 2
                except AttributeError as e:
                    print(e)
                print(type(P.ro).__name__, isinstance(super(Mid, Leaf()), super))
                """);
    }

    @Test
    void functions() throws Exception {
        check("""
                print(sorted([3, 1, 2], reverse=True), min(4, 2, 8), max("abc", key=ord), sum(range(10)))
                print(divmod(17, 5), pow(3, 4, 5), round(2.675, 2), abs(-3.5), hex(255), bin(10), oct(8))
                print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(enumerate("xy")), any([0, 1]), all([]))
                print(isinstance(1, int), issubclass(bool, int), callable(print), getattr(1, "zz", 9), hasattr(1, "real"))
                print(repr("x"), ascii("é"), chr(65), ord("A"), format(3.14159, ".2f"), len({1: 2}))
                print(*[1, 2, 3], sep="-", end="!\\n")
                print(min([], default="empty"), max(1, 2, 3, key=lambda x: -x), sum([0.1] * 10), sum([1, 2.5]))
                d = {}
                exec("y = 5", d)
                print(d["y"], eval("1 + 2"), eval("x * 2", {"x": 21}), eval(" 7"))
                code = compile("a = 3\\nb = a * 2", "<test>", "exec")
                ns = {}
                exec(code, ns)
                print(ns["b"], type(code).__name__)
                def f():
                    x = 1
                    y = 2
                    return sorted(locals().items()), dir()
                print(f(), globals()["__name__"])
                print(list(iter(lambda: 1, 1)), next(iter([]), "dflt"), __import__("math").sqrt(4.0))
                print(repr(len), len.__module__, str(exit), type(exit).__name__)
                for bad in ["max([])", "ord('ab')", "sum(['a'], '')", "chr(-1)", "next(iter([]))", "int.zz",
                            "getattr(1, 'zz')", "pow(2, 3, 0)", "round('a')", "print(1, sep=3)"]:
                    try:
                        eval(bad)
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
    }

    @Test
    void modules() throws Exception {
        check("""
                import sys, math, random, os, time, os.path
                print(sys.version_info >= (3, 8), sys.maxsize, sys.argv, sys.byteorder, sys.version[:5])
                print(sys.exc_info())
                try:
                    raise KeyError("k")
                except KeyError:
                    t, v, tb = sys.exc_info()
                    print(t, repr(v), tb is not None)
                print(math.sqrt(16), math.factorial(10), math.gcd(12, 8), math.pi, math.floor(-2.5), math.inf)
                print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.log(100, 10), math.ceil(2.1))
                random.seed(42)
                print(random.random(), random.randint(1, 10), random.choice([1, 2, 3]), random.sample(range(50), 4))
                xs = list(range(8)); random.shuffle(xs); print(xs, random.uniform(1, 3), random.randrange(0, 100, 5))
                r = random.Random(7)
                print(r.random(), r.randint(1, 6))
                print(os.path.join("a", "b"), os.path.splitext("x.py"), os.path.basename("/a/b.py"), os.sep, os.name)
                print(os.path.exists("prog.py"), os.path.isfile("prog.py"), os.path.isdir("."), "prog.py" in os.listdir())
                t0 = time.perf_counter(); time.sleep(0.001); print(time.perf_counter() > t0, time.time() > 1e9)
                print(os.path is sys.modules["os.path"])
                sys.exit("bye")
                """);
    }

    @Test
    void filesAndInput() throws Exception {
        check("""
                with open("out.txt", "w") as f:
                    f.write("one\\ntwo\\n")
                    print("three", file=f)
                with open("out.txt") as f:
                    for line in f:
                        print(line.rstrip())
                print(open("out.txt").readlines(), f.closed)
                with open("b.bin", "wb") as f:
                    f.write(b"\\x00\\x01abc")
                print(open("b.bin", "rb").read())
                try:
                    open("nope.txt")
                except FileNotFoundError as e:
                    print(e.errno, e.strerror, e.filename, e)
                try:
                    f.write(b"x")
                except ValueError as e:
                    print(e)
                name = input("name? ")
                print("hello", name)
                print(input())
                try:
                    input()
                except EOFError as e:
                    print("EOF:", e)
                """, "world\nsecond\n");
    }

    @Test
    void uncaughtErrorAndExit() throws Exception {
        check("""
                print("before")
                def g():
                    return max([])
                g()
                """);
        check("""
                import sys
                print("x")
                sys.exit(4)
                """);
        check("""
                exit()
                """);
    }
}
