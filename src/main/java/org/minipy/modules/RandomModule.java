package org.minipy.modules;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.minipy.modules.random.MersenneTwister;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.BuiltinImpl;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * The {@code random} module: {@code random.Random} over the Mersenne Twister, with the
 * algorithms of CPython 3.11's random.py, so seeded sequences match CPython's. The module
 * functions are the bound methods of one hidden instance per interpreter, as in CPython.
 */
public final class RandomModule {
    private RandomModule() {
    }

    /** An instance of {@code random.Random}. */
    public static final class PyRandom extends PyObject implements org.minipy.objects.ClassAssignment.Target {
        private PyType type;
        private PyDict dict;
        final MersenneTwister mt = new MersenneTwister();
        private PyObject gaussNext;

        public PyRandom(PyType type) {
            this.type = type;
            seedFromSystem();
        }

        @Override
        public PyType getType() {
            return type;
        }


        /** {@code obj.__class__ = cls}, checked by {@link org.minipy.objects.ClassAssignment}. */

        @Override

        public void setType(PyType t) {

            type = t;

        }

        @Override
        public PyDict getDict() {
            if (type != TYPE && dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        void seedFromSystem() {
            byte[] b = new byte[2496];
            new SecureRandom().nextBytes(b);
            mt.seed(new BigInteger(1, b));
            gaussNext = null;
        }

        /** random.seed(a) (version 2). */
        void seed(PyObject a) {
            gaussNext = null;
            if (a == null || a == PyNone.None) {
                seedFromSystem();
            } else if (a instanceof PyInt i) {
                mt.seed(i.bigValue());
            } else if (a instanceof PyStr s) {
                mt.seed(s.value());
            } else if (a instanceof PyBytes b) {
                mt.seed(b.data());
            } else {
                mt.seed(BigInteger.valueOf(Abstract.hash(a)));
            }
        }
    }

    public static final PyType TYPE = PyType.builtinInModule("Random", "random", PyType.OBJECT, PyRandom::new);

    static {
        def("__init__", (a, kw) -> {
            PyObject[] p = bind("__init__", a, kw, "x");
            if (p[0] != null) {
                self(a).seed(p[0]);
            }
            return PyNone.None;
        });
        def("seed", (a, kw) -> {
            PyObject[] p = bind("seed", a, kw, "a", "version");
            self(a).seed(p[0]);
            return PyNone.None;
        });
        def("random", (a, kw) -> {
            noArgs("random", a, kw);
            return new PyFloat(self(a).mt.random());
        });
        def("getrandbits", (a, kw) -> {
            ModuleDefs.noKw("getrandbits", kw);
            if (a.length != 2) {
                throw PyErr.typeError("getrandbits() takes exactly one argument (%d given)", a.length - 1);
            }
            PyInt k = Abstract.index(a[1]);
            if (k.signum() < 0) {
                throw PyErr.valueError("number of bits must be non-negative");
            }
            return PyInt.of(self(a).mt.getrandbits(k.intValue()));
        });
        def("randbytes", (a, kw) -> {
            PyObject[] p = bind("randbytes", a, kw, "n");
            required("randbytes", p, 1, "n");
            int n = Abstract.indexAsInt(p[0]);
            if (n < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            // getrandbits(n * 8).to_bytes(n, 'little')
            byte[] big = self(a).mt.getrandbits(n * 8).toByteArray();
            byte[] out = new byte[n];
            for (int k = 0; k < n && k < big.length; k++) {
                out[k] = big[big.length - 1 - k];
            }
            return PyBytes.of(out);
        });
        def("randrange", (a, kw) -> {
            PyObject[] p = bind("randrange", a, kw, "start", "stop", "step");
            required("randrange", p, 1, "start");
            return randrange(self(a).mt, p[0], p[1], p[2]);
        });
        def("randint", (a, kw) -> {
            PyObject[] p = bind("randint", a, kw, "a", "b");
            required("randint", p, 2, "a", "b");
            PyObject stop = Abstract.binaryOp(p[1], PyInt.ONE, BinaryOps.ADD);
            return randrange(self(a).mt, p[0], stop, null);
        });
        def("choice", (a, kw) -> {
            PyObject[] p = bind("choice", a, kw, "seq");
            required("choice", p, 1, "seq");
            int n = Abstract.len(p[0]);
            if (n == 0) {
                throw PyErr.indexError("Cannot choose from an empty sequence");
            }
            return Abstract.getItem(p[0], PyInt.of(self(a).mt.randbelow(n)));
        });
        def("shuffle", (a, kw) -> {
            PyObject[] p = bind("shuffle", a, kw, "x");
            required("shuffle", p, 1, "x");
            shuffle(self(a).mt, p[0]);
            return PyNone.None;
        });
        def("uniform", (a, kw) -> {
            PyObject[] p = bind("uniform", a, kw, "a", "b");
            required("uniform", p, 2, "a", "b");
            // a + (b - a) * random(), with Python arithmetic (ints and floats mix)
            PyObject width = Abstract.binaryOp(p[1], p[0], BinaryOps.SUBTRACT);
            PyObject r = new PyFloat(self(a).mt.random());
            return Abstract.binaryOp(p[0], Abstract.binaryOp(width, r, BinaryOps.MULTIPLY), BinaryOps.ADD);
        });
        def("sample", (a, kw) -> {
            PyObject[] p = bind("sample", a, kw, "population", "k", "counts");
            required("sample", p, 2, "population", "k");
            if (p[2] != null && p[2] != PyNone.None) {
                throw PyErr.notImplementedError("sample(): counts is not supported by minipy");
            }
            return sample(self(a).mt, p[0], Abstract.indexAsInt(p[1]));
        });
        def("choices", (a, kw) -> {
            PyObject[] p = bind("choices", a, kw, "population", "weights", "cum_weights", "k");
            required("choices", p, 1, "population");
            int k = p[3] == null ? 1 : Abstract.indexAsInt(p[3]);
            return choices(self(a).mt, p[0], p[1], p[2], k);
        });
        def("gauss", (a, kw) -> {
            PyObject[] p = bind("gauss", a, kw, "mu", "sigma");
            PyRandom r = self(a);
            double mu = p[0] == null ? 0.0 : ModuleDefs.asDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : ModuleDefs.asDouble(p[1]);
            double z;
            if (r.gaussNext != null) {
                z = ((PyFloat) r.gaussNext).value;
                r.gaussNext = null;
            } else {
                double x2pi = r.mt.random() * (2 * Math.PI);
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.random()));
                z = Math.cos(x2pi) * g2rad;
                r.gaussNext = new PyFloat(Math.sin(x2pi) * g2rad);
            }
            return new PyFloat(mu + z * sigma);
        });
        def("normalvariate", (a, kw) -> {
            PyObject[] p = bind("normalvariate", a, kw, "mu", "sigma");
            double mu = p[0] == null ? 0.0 : ModuleDefs.asDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : ModuleDefs.asDouble(p[1]);
            MersenneTwister mt = self(a).mt;
            final double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
            double z;
            while (true) {
                double u1 = mt.random();
                double u2 = 1.0 - mt.random();
                z = magic * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) {
                    break;
                }
            }
            return new PyFloat(mu + z * sigma);
        });
        def("expovariate", (a, kw) -> {
            PyObject[] p = bind("expovariate", a, kw, "lambd");
            required("expovariate", p, 1, "lambd");
            double lambd = ModuleDefs.asDouble(p[0]);
            if (lambd == 0.0) {
                throw PyErr.zeroDivisionError("float division by zero");
            }
            return new PyFloat(-Math.log(1.0 - self(a).mt.random()) / lambd);
        });
        def("triangular", (a, kw) -> {
            PyObject[] p = bind("triangular", a, kw, "low", "high", "mode");
            double low = p[0] == null ? 0.0 : ModuleDefs.asDouble(p[0]);
            double high = p[1] == null ? 1.0 : ModuleDefs.asDouble(p[1]);
            double u = self(a).mt.random();
            double c;
            try {
                c = p[2] == null || p[2] == PyNone.None ? 0.5 : (ModuleDefs.asDouble(p[2]) - low) / (high - low);
            } catch (ArithmeticException e) {
                return new PyFloat(low);
            }
            if (high == low) {
                return new PyFloat(low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
    }

    private static void def(String name, BuiltinImpl impl) {
        TYPE.def(name, impl);
    }

    private static PyRandom self(PyObject[] a) {
        return (PyRandom) a[0];
    }

    private static void noArgs(String name, PyObject[] a, String[] kw) {
        ModuleDefs.noKw("Random." + name, kw);
        if (a.length != 1) {
            throw PyErr.typeError("Random.%s() takes no arguments (%d given)", name, a.length - 1);
        }
    }

    /** Binds args of a Python-level method (self first) with random.py's messages. */
    private static PyObject[] bind(String name, PyObject[] a, String[] kw, String... params) {
        int npos = a.length - ArgParser.nkw(kw);
        if (npos - 1 > params.length) {
            int min = 1 + requiredCount(name);
            int max = params.length + 1;
            if (min == max) {
                throw PyErr.typeError("Random.%s() takes %d positional arguments but %d were given", name, max, npos);
            }
            throw PyErr.typeError("Random.%s() takes from %d to %d positional arguments but %d were given",
                    name, min, max, npos);
        }
        return ArgParser.bind("Random." + name, java.util.Arrays.copyOfRange(a, 1, a.length), kw, params, 0, 0);
    }

    /** How many leading parameters of a method are required (for the arity message). */
    private static int requiredCount(String name) {
        switch (name) {
            case "randint": case "uniform": case "sample":
                return 2;
            case "randrange": case "choice": case "shuffle": case "expovariate": case "choices":
            case "randbytes":
                return 1;
            default:
                return 0;
        }
    }

    private static void required(String name, PyObject[] p, int n, String... names) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (p[i] == null) {
                missing.add("'" + names[i] + "'");
            }
        }
        if (missing.size() == 1) {
            throw PyErr.typeError("Random.%s() missing 1 required positional argument: %s", name, missing.get(0));
        }
        if (missing.size() == 2) {
            throw PyErr.typeError("Random.%s() missing 2 required positional arguments: %s and %s", name,
                    missing.get(0), missing.get(1));
        }
    }

    /** random.py's _index-with-float-fallback for randrange arguments. */
    private static BigInteger intArg(PyObject o, int argno) {
        if (o instanceof PyFloat f) {
            double v = f.value;
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                throw PyErr.valueError("non-integer arg %d for randrange()", argno);
            }
            return new java.math.BigDecimal(v).toBigInteger();
        }
        return Abstract.index(o).bigValue();
    }

    static PyObject randrange(MersenneTwister mt, PyObject start, PyObject stop, PyObject step) {
        BigInteger istart = intArg(start, 1);
        try {
            if (stop == null || stop == PyNone.None) {
                if (step != null && step != PyNone.None && !Abstract.eq(step, PyInt.ONE)) {
                    throw PyErr.typeError("Missing a non-None stop argument");
                }
                return PyInt.of(mt.randrange(istart));
            }
            BigInteger istop = intArg(stop, 2);
            BigInteger istep = step == null || step == PyNone.None ? BigInteger.ONE : intArg(step, 3);
            return PyInt.of(mt.randrange(istart, istop, istep));
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError("%s", e.getMessage());
        }
    }

    static void shuffle(MersenneTwister mt, PyObject x) {
        int n = Abstract.len(x);
        if (x instanceof PyList l && l.getType() == PyList.TYPE) {
            for (int i = n - 1; i >= 1; i--) {
                int j = (int) mt.randbelow(i + 1);
                PyObject t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) mt.randbelow(i + 1);
            PyObject xi = Abstract.getItem(x, PyInt.of(i)), xj = Abstract.getItem(x, PyInt.of(j));
            Abstract.setItem(x, PyInt.of(i), xj);
            Abstract.setItem(x, PyInt.of(j), xi);
        }
    }

    static PyList sample(MersenneTwister mt, PyObject population, int k) {
        String tn = population.getType().getName();
        if (population instanceof PyDict || tn.equals("set") || tn.equals("frozenset")
                || population.getType().lookup("__getitem__") == null && !(population.length() >= 0)) {
            throw PyErr.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = Abstract.len(population);
        if (k < 0 || k > n) {
            throw PyErr.valueError("Sample larger than population or is negative");
        }
        PyObject[] result = new PyObject[k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            PyObject[] pool = new PyObject[n];
            PyObject it = Abstract.iter(population);
            for (int i = 0; i < n; i++) {
                pool[i] = Abstract.next(it);
            }
            for (int i = 0; i < k; i++) {
                int j = (int) mt.randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = (int) mt.randbelow(n);
                while (selected.contains(j)) {
                    j = (int) mt.randbelow(n);
                }
                selected.add(j);
                result[i] = Abstract.getItem(population, PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    static PyList choices(MersenneTwister mt, PyObject population, PyObject weights, PyObject cumWeights, int k) {
        int n = Abstract.len(population);
        boolean noWeights = weights == null || weights == PyNone.None;
        boolean noCum = cumWeights == null || cumWeights == PyNone.None;
        PyList result = new PyList();
        if (noCum) {
            if (noWeights) {
                double dn = n;
                for (int i = 0; i < k; i++) {
                    result.append(Abstract.getItem(population, PyInt.of((long) Math.floor(mt.random() * dn))));
                }
                return result;
            }
            PyList cum = new PyList();
            PyObject acc = null;
            PyObject it = Abstract.iter(weights);
            for (PyObject w = Abstract.next(it); w != null; w = Abstract.next(it)) {
                acc = acc == null ? w : Abstract.binaryOp(acc, w, BinaryOps.ADD);
                cum.append(acc);
            }
            cumWeights = cum;
        } else if (!noWeights) {
            throw PyErr.typeError("Cannot specify both weights and cumulative weights");
        }
        int m = Abstract.len(cumWeights);
        if (m != n) {
            throw PyErr.valueError("The number of weights does not match the population");
        }
        double[] cw = new double[m];
        for (int i = 0; i < m; i++) {
            cw[i] = ModuleDefs.asDouble(Abstract.getItem(cumWeights, PyInt.of(i)));
        }
        double total = m == 0 ? 0.0 : cw[m - 1];
        if (m == 0) {
            throw PyErr.indexError("list index out of range");
        }
        if (total <= 0.0) {
            throw PyErr.valueError("Total of weights must be greater than zero");
        }
        if (Double.isInfinite(total) || Double.isNaN(total)) {
            throw PyErr.valueError("Total of weights must be finite");
        }
        int hi = n - 1;
        for (int i = 0; i < k; i++) {
            double x = mt.random() * total;
            int lo = 0, h = hi;
            while (lo < h) { // bisect_right
                int mid = (lo + h) >>> 1;
                if (x < cw[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            result.append(Abstract.getItem(population, PyInt.of(lo)));
        }
        return result;
    }

    /** A new random module with its own generator, seeded from the system. */
    public static PyModule create() {
        PyModule m = new PyModule("random");
        PyRandom inst = new PyRandom(TYPE);
        PyDict d = m.getDict();
        d.setItem("Random", TYPE);
        for (String name : new String[] {"seed", "random", "getrandbits", "randrange", "randint", "choice",
            "shuffle", "uniform", "sample", "choices", "randbytes", "gauss", "normalvariate", "expovariate", "triangular"}) {
            d.setItem(name, Abstract.getAttr(inst, name));
        }
        return m;
    }
}
