package org.minipy.modules.random;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The core of CPython's random.Random: MT19937 seeded like CPython (init_by_array over the
 * seed's 32-bit words), with random(), getrandbits() and the integer helpers of random.py built
 * on them so that seeded sequences match CPython exactly. One instance per Random object.
 * Methods throw IllegalArgumentException carrying CPython's ValueError message.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int mti = N + 1;

    /** A generator seeded with 0; callers normally seed it straight away. */
    public MersenneTwister() {
        seed(BigInteger.ZERO);
    }

    public MersenneTwister(BigInteger seed) {
        seed(seed);
    }

    // ---- seeding ----------------------------------------------------------------------------

    /** seed(n) for an int: the 32-bit words of |n|, least significant first. */
    public void seed(BigInteger n) {
        BigInteger abs = n.abs();
        int words = Math.max(1, (abs.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = abs.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    public void seed(long n) {
        seed(BigInteger.valueOf(n));
    }

    /** seed(s) for a str (version 2): utf-8 bytes followed by their SHA-512, as a big-endian int. */
    public void seed(String s) {
        seed(s.getBytes(StandardCharsets.UTF_8));
    }

    /** seed(b) for bytes (version 2). */
    public void seed(byte[] bytes) {
        byte[] digest = sha512(bytes);
        byte[] all = new byte[bytes.length + digest.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(digest, 0, all, bytes.length, digest.length);
        seed(new BigInteger(1, all));
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // the most significant bit is 1: the initial state is non-zero
        mti = N;
    }

    // ---- core generator ---------------------------------------------------------------------

    /** The next 32 random bits (genrand_uint32), as an int; use {@code & 0xffffffffL} for unsigned. */
    public int nextInt32() {
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        mti = 0;
    }

    /** random(): a double in [0, 1) with 53 random bits. */
    public double random() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for 0 &lt;= k &lt;= 63, as a long. */
    public long getrandbitsLong(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("number of bits must be non-negative");
        }
        if (k > 63) {
            throw new IllegalArgumentException("getrandbitsLong supports at most 63 bits");
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (nextInt32() & 0xffffffffL) >>> (32 - k);
        }
        long low = nextInt32() & 0xffffffffL;
        long high = (nextInt32() & 0xffffffffL) >>> (64 - k);
        return (high << 32) | low;
    }

    /** getrandbits(k): words are drawn least significant first; the last one keeps its top bits. */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("number of bits must be non-negative");
        }
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = nextInt32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = (words - 1 - i) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    // ---- random.py's integer methods --------------------------------------------------------

    /** _randbelow(n) for n &gt; 0: getrandbits(n.bit_length()) until the result is below n. */
    public long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbitsLong(k);
        while (r >= n) {
            r = getrandbitsLong(k);
        }
        return r;
    }

    /** _randbelow(n) for any n &gt; 0. */
    public BigInteger randbelow(BigInteger n) {
        if (n.bitLength() <= 63) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** randrange(stop). */
    public BigInteger randrange(BigInteger stop) {
        if (stop.signum() > 0) {
            return randbelow(stop);
        }
        throw new IllegalArgumentException("empty range for randrange()");
    }

    /** randrange(start, stop, step) with CPython's checks and messages. */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(randbelow(width));
            }
            throw new IllegalArgumentException(
                    "empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw new IllegalArgumentException("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("empty range for randrange()");
        }
        return start.add(step.multiply(randbelow(n)));
    }

    /** randrange(start, stop, step) over longs; BigInteger arithmetic only when it would overflow. */
    public long randrangeLong(long start, long stop, long step) {
        long width;
        long n;
        try {
            width = Math.subtractExact(stop, start);
            if (step == 1) {
                n = width;
            } else if (step > 0) {
                n = Math.floorDiv(Math.addExact(width, step - 1), step);
            } else if (step < 0) {
                n = Math.floorDiv(Math.addExact(width, step + 1), step);
            } else {
                n = 0;
            }
        } catch (ArithmeticException overflow) {
            return randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step))
                    .longValueExact();
        }
        if (n <= 0) {
            // let the general version raise the right error
            randrange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return start + step * randbelow(n); // stays between start and stop: no overflow
    }

    /** randint(a, b) == randrange(a, b + 1). */
    public BigInteger randint(BigInteger a, BigInteger b) {
        return randrange(a, b.add(BigInteger.ONE), BigInteger.ONE);
    }

    /** randint(a, b) over longs. */
    public long randint(long a, long b) {
        if (b == Long.MAX_VALUE) {
            return randint(BigInteger.valueOf(a), BigInteger.valueOf(b)).longValueExact();
        }
        return randrangeLong(a, b + 1, 1);
    }

    /** The index choice(seq) picks for a sequence of this length. */
    public int choiceIndex(int length) {
        if (length == 0) {
            throw new IndexOutOfBoundsException("Cannot choose from an empty sequence");
        }
        return (int) randbelow(length);
    }

    /**
     * shuffle(x) as a permutation of indices: perm[i] is the original index of the element that
     * ends up at position i. The caller may instead drive {@link #randbelow(long)} itself.
     */
    public int[] shuffleIndices(int length) {
        int[] perm = new int[length];
        for (int i = 0; i < length; i++) {
            perm[i] = i;
        }
        for (int i = length - 1; i >= 1; i--) {
            int j = (int) randbelow(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    /** uniform(a, b) == a + (b - a) * random(). */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
