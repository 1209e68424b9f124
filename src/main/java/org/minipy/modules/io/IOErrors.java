package org.minipy.modules.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/** OSError and its subclasses with CPython's errno, strerror and filename. */
public final class IOErrors {
    private IOErrors() {
    }

    /** {@code io.UnsupportedOperation} (CPython's derives from OSError and ValueError). */
    public static final PyType UnsupportedOperation =
            PyType.builtinInModule("UnsupportedOperation", "io", new PyType[] {PyExc.OSError, PyExc.ValueError},
                    PyBaseException.ALLOCATOR);

    public static final int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTEMPTY = 39;

    /** {@code [Errno n] strerror: 'filename'} as the subclass CPython picks for errno. */
    public static PyException os(int errno, String filename) {
        PyType t;
        String msg;
        switch (errno) {
            case ENOENT: t = PyExc.FileNotFoundError; msg = "No such file or directory"; break;
            case EBADF: t = PyExc.OSError; msg = "Bad file descriptor"; break;
            case EACCES: t = PyExc.PermissionError; msg = "Permission denied"; break;
            case EEXIST: t = PyExc.FileExistsError; msg = "File exists"; break;
            case ENOTDIR: t = PyExc.NotADirectoryError; msg = "Not a directory"; break;
            case EISDIR: t = PyExc.IsADirectoryError; msg = "Is a directory"; break;
            case ENOTEMPTY: t = PyExc.OSError; msg = "Directory not empty"; break;
            default: t = PyExc.OSError; msg = "Invalid argument"; break;
        }
        // As CPython's OSError: args keep (errno, strerror); the file name is an attribute only.
        PyBaseException e = PyBaseException.create(t, new PyTuple(new PyObject[] {PyInt.of(errno), PyStr.of(msg)}));
        if (filename != null) {
            e.setAttr("filename", PyStr.of(filename));
        }
        return new PyException(e);
    }

    /** Maps a Java I/O failure on {@code filename} to the OSError CPython would raise. */
    public static PyException from(IOException e, String filename) {
        if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Is a directory")) {
                return os(EISDIR, filename);
            }
            if (m.contains("Permission denied")) {
                return os(EACCES, filename);
            }
            return os(ENOENT, filename);
        }
        if (e instanceof AccessDeniedException) {
            return os(EACCES, filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return os(EEXIST, filename);
        }
        if (e instanceof NotDirectoryException) {
            return os(ENOTDIR, filename);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return os(ENOTEMPTY, filename);
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Is a directory")) {
            return os(EISDIR, filename);
        }
        if (m.contains("Not a directory")) {
            return os(ENOTDIR, filename);
        }
        return PyErr.osError("%s", m);
    }

    public static PyException closed() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    /** The message without its full stop, as CPython's readable(), fileno() ... give it. */
    public static PyException closedNoDot() {
        return PyErr.valueError("I/O operation on closed file");
    }

    public static PyException unsupported(String what) {
        return PyErr.of(UnsupportedOperation, what);
    }
}
