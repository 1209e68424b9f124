/**
 * File objects: what {@code open()} makes, {@code io.StringIO}, and the standard streams
 * ({@code sys.stdout} ...). Types are named as CPython's {@code _io} classes.
 *
 * <p>A file is three layers, as in CPython: {@link org.minipy.modules.io.RawFile} (a
 * FileChannel with positional reads and writes), {@link org.minipy.modules.io.PyBinaryFile}
 * (one 8 KiB buffer: BufferedReader, BufferedWriter or BufferedRandom) and, in text mode,
 * {@link org.minipy.modules.io.TextFile} (TextIOWrapper: decoding in 8 KiB chunks, newline
 * handling, byte-position tell cookies). {@link org.minipy.modules.io.FileOpener} checks
 * open()'s arguments in CPython's order and stacks the layers. Depends on objects only.
 */
package org.minipy.modules.io;
