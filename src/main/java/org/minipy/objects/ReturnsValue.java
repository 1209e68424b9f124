package org.minipy.objects;

/**
 * An iterator that finishes with a value (a generator's {@code return x}): after
 * {@link PyObject#next()} gave null, the value goes into the {@code StopIteration} that
 * {@code next(it)} raises.
 */
public interface ReturnsValue {
    /** The value the iterator finished with (None if none), cleared by the call. */
    PyObject takeReturnValue();
}
