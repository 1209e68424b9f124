package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.def;
import static org.minipy.modules.ModuleDefs.none;
import static org.minipy.modules.ModuleDefs.one;

import org.minipy.objects.Abstract;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;

/** The {@code time} module: clocks and sleep. */
public final class TimeModule {
    private TimeModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("time");
        // perf_counter and monotonic count from the module's creation, like CPython's clocks
        // that have an arbitrary reference point.
        def(m, "time", (a, kw) -> {
            none("time.time", a, kw);
            return new PyFloat(epochNanos() / 1e9);
        });
        def(m, "time_ns", (a, kw) -> {
            none("time.time_ns", a, kw);
            return PyInt.of(epochNanos());
        });
        def(m, "perf_counter", (a, kw) -> {
            none("time.perf_counter", a, kw);
            return new PyFloat(System.nanoTime() / 1e9);
        });
        def(m, "perf_counter_ns", (a, kw) -> {
            none("time.perf_counter_ns", a, kw);
            return PyInt.of(System.nanoTime());
        });
        def(m, "monotonic", (a, kw) -> {
            none("time.monotonic", a, kw);
            return new PyFloat(System.nanoTime() / 1e9);
        });
        def(m, "monotonic_ns", (a, kw) -> {
            none("time.monotonic_ns", a, kw);
            return PyInt.of(System.nanoTime());
        });
        def(m, "process_time", (a, kw) -> {
            none("time.process_time", a, kw);
            return new PyFloat(cpuNanos() / 1e9);
        });
        def(m, "process_time_ns", (a, kw) -> {
            none("time.process_time_ns", a, kw);
            return PyInt.of(cpuNanos());
        });
        def(m, "sleep", (a, kw) -> {
            PyObject x = one("time.sleep", a, kw);
            double secs = x instanceof PyFloat f ? f.value : Abstract.index(x).doubleValue();
            if (Double.isNaN(secs)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            long nanos = (long) (secs * 1e9);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErr.withArgs(PyExc.KeyboardInterrupt);
            }
            return PyNone.None;
        });
        return m;
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
