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
        // like CPython, minipy names the script by its absolute path; compare plain names
        String e = err.toString(StandardCharsets.UTF_8).replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
        return format(out.toString(StandardCharsets.UTF_8), e, status);
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
    void standardStreams() throws Exception {
        check("""
                import sys
                print(type(sys.stdin).__name__, sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
                print(sys.stdin.readline(), end="")
                for line in sys.stdin:
                    print(repr(line))
                    if line.startswith("3"):
                        break
                print(repr(sys.stdin.read()))
                print(sys.stdout.write("written\\n"), sys.stdout.writable(), sys.stdin.readable())
                sys.stdout.flush()
                print("to stderr", file=sys.stderr)
                """, "1\n2\n3\n4\n5");
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

    @Test
    void edgeCases() throws Exception {
        check("""
def t(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except BaseException as e:
        print(src, "!!", type(e).__name__ + ":", e)
import math, random, sys, os, time
for s in ["abs(-0.0)", "abs(True)", "divmod(5, 0)", "divmod(5.0, 0)", "divmod(True, 2)", "pow(0, -1)", "pow(2, 3, 1)",
          "pow(2, 3, -1)", "pow(-2, 3, 5)", "pow(3, -2, 7)", "round(2.5, -1)", "round(25.0, -1)", "round(0.125, 2)",
          "round(-0.0)", "round(1e20, 2)", "round(5e-324, 400)", "round(True)", "round(True, 2)", "round(3, None)",
          "bin(True)", "hex(2**64)", "oct(-2**70)", "sum([True, 2.5])", "sum([1.5, 2**70])", "sum(iter([1, 2]), 10)",
          "min(3, 1, 2, key=None)", "max('a', 'b', default=1)", "min(iter([]), default=None)", "max([1, 'a'])",
          "min({3: 1, 1: 2})", "sorted({3, 1, 2})", "sorted('cba', key=str.upper, reverse=True)",
          "sorted([1, 'a'])", "any(x for x in [])", "all(iter([1, 1]))", "len(range(5))", "len('héllo')",
          "chr(True)", "chr(1.5)", "ord('\\\\x00')", "ord(b'a')", "ascii(['é', 1])", "ascii(1)", "repr(repr)",
          "format(12, 'b')", "format(object(), 'x')", "format('abc', '^7')",
          "isinstance(1, ())", "isinstance(int, type)", "isinstance(type, object)", "issubclass(bool, (str,))",
          "issubclass(int, 1)", "hasattr(1, 'real')", "getattr(1, 'real')", "setattr(1, 'real', 2)",
          "delattr(1, 'real')", "callable(type)", "callable(object())", "id(1) == id(1)", "hash(None) is not None",
          "hash(float('inf'))", "hash(-1)", "hash((1, 2)) == hash((1, 2))", "hash(frozenset())", "hash({})",
          "next(iter('ab'))", "next(iter(''), 'x')", "list(iter(iter([1,2]).__next__, 2))",
          "vars(math)['pi']", "'sqrt' in dir(math)", "dir()[:3]", "type(globals()).__name__",
          "math.sqrt(True)", "math.floor(True)", "math.ceil(-0.0)", "math.isnan(float('nan'))", "math.copysign(0.0, -1)",
          "math.log(math.e)", "math.log10(1000)", "math.log2(8)", "math.log(10**400)", "math.log(2**1024)",
          "math.exp(709)", "math.exp(710)", "math.expm1(1e-10)", "math.log1p(-1)", "math.atan(float('inf'))",
          "math.tan(math.pi/4)", "math.sinh(1)", "math.cosh(0)", "math.tanh(100)", "math.asinh(1)", "math.acosh(1)",
          "math.acosh(0.5)", "math.atanh(0.5)", "math.atanh(1)", "math.fabs(-3)", "math.fmod(-7, float('inf'))",
          "math.hypot(-3, 4, 12)", "math.hypot(float('inf'), float('nan'))", "math.prod([])", "math.prod(range(1, 6))",
          "math.perm(10, 3)", "math.comb(10, 0)", "math.isqrt(0)", "math.gcd(0, 0)", "math.lcm()", "math.lcm(0, 5)",
          "math.frexp(-3.5)", "math.frexp(float('inf'))", "math.ldexp(0.5, -1074)", "math.ldexp(1, 1.5)",
          "math.modf(float('inf'))", "math.modf(3)", "math.trunc(5)", "math.trunc(True)", "math.floor(-0.5)",
          "math.isclose(0, 1e-10)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isinf(10**300)", "math.isfinite(1)",
          "math.radians(180)", "math.degrees(1)", "math.e", "math.tau", "math.nan == math.nan",
          "math.fsum([1e16, 1., 1e-16])", "math.fsum(range(10))", "math.fsum([])", "math.sqrt(-0.0)",
          "math.pow(2, 0.5)", "math.pow(-2, 2)", "math.pow(float('inf'), -1)", "math.pow(0.0, 0)", "math.pow(-1, float('inf'))",
          "math.factorial(0)", "math.factorial(25)", "math.factorial(10**20)",
          "math.gcd(2**100, 6**50)", "math.isqrt(2**200 + 1)", "math.comb(50, 25)",
          "sys.getrecursionlimit() > 0", "type(sys.maxsize)", "sys.version_info[:2]", "sys.version_info.releaselevel",
          "len(sys.version_info)", "list(sys.version_info)", "sys.version_info == (3, 11, 7, 'final', 0)",
          "tuple(sys.version_info)[0]", "sys.platform", "sys.intern('ab')", "isinstance(sys.path, list)",
          "os.path.join('/a', '')", "os.path.join('', 'b')", "os.path.split('a')", "os.path.split('/')",
          "os.path.splitext('a/b.c/d')", "os.path.splitext('a.b.c')", "os.path.splitext('...')", "os.path.basename('a/')",
          "os.path.normpath('a/../..')", "os.path.normpath('/../a')", "os.path.normpath('./')", "os.path.dirname('a')",
          "os.path.isabs('a')", "os.path.exists('/nonexistent')", "os.path.isdir('/tmp')", "os.getenv('HOME') is not None",
          "os.path.join('a', 'b', '/c', 'd')", "os.getcwd() == os.path.abspath('.')", "os.path.abspath('/a/./b/../c')",
          "time.sleep(0)", "type(time.time())", "type(time.time_ns())", "time.monotonic() <= time.monotonic()",
          ]:
    t(s)
""");
    }

    @Test
    void seekAndTell() throws Exception {
        check("""
with open("s.txt", "w") as f:
    f.write("héllo\\nworld\\n")
    print(f.tell())
f = open("s.txt")
print(f.readline(), f.tell())
f.seek(0)
print(f.read(3), f.tell(), f.seekable())
print(f.seek(0, 2), f.read())
try:
    f.seek(1, 1)
except Exception as e:
    print(type(e).__name__, e)
g = open("s.txt", "rb")
print(g.read(2), g.tell(), g.seek(-3, 2), g.read())
""");
    }

    @Test
    void stringIO() throws Exception {
        check("""
import io
buf = io.StringIO()
print("hello", 42, file=buf)
buf.write("more\\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), buf.read())
s = io.StringIO("a\\nb\\nc")
print(list(s), s.closed)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)
with io.StringIO("x") as t:
    print(t.read())
w = io.StringIO("abcdef")
w.write("XY")
print(w.getvalue())
print(io.StringIO)
""");
    }
}
