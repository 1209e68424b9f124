package org.minipy.objects.num;

import java.math.BigInteger;

/**
 * CPython's numeric hash: a number's hash is its value reduced modulo the Mersenne prime
 * 2**61 - 1 (for a fraction m/n, m times the inverse of n), with the sign of the number, and
 * -1 replaced by -2. Equal ints and floats therefore hash alike.
 */
public final class NumericHash {
    /** sys.hash_info.modulus */
    public static final long MODULUS = (1L << 61) - 1;
    /** sys.hash_info.inf */
    public static final long INF = 314159;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private NumericHash() {}

    /** hash(n) for an int that fits a long. */
    public static long hashLong(long n) {
        if (n == Long.MIN_VALUE) {
            return hashBigInteger(BigInteger.valueOf(n));
        }
        long h = Math.abs(n) % MODULUS;
        return finish(n < 0 ? -h : h);
    }

    /** hash(n) for any int. */
    public static long hashBigInteger(BigInteger n) {
        long h = n.abs().mod(BIG_MODULUS).longValue();
        return finish(n.signum() < 0 ? -h : h);
    }

    /** hash(x) for a float; 0 for nan (CPython uses the object's identity there). */
    public static long hashDouble(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (x == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074; // subnormal: value = mantissa * 2**-1074
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        // |x| = mantissa * 2**exp, and 2**61 == 1 (mod MODULUS): multiplying by 2**e is a
        // rotation of the 61-bit residue by e mod 61.
        long h = rotate(mantissa % MODULUS, Math.floorMod(exp, BITS));
        return finish(x < 0 ? -h : h);
    }

    private static long rotate(long h, int r) {
        if (r == 0) {
            return h;
        }
        return ((h << r) & MODULUS) | (h >>> (BITS - r));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }
}
