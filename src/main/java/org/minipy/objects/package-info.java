/**
 * The object model: {@link org.minipy.objects.PyObject}, {@link org.minipy.objects.PyType}, the
 * built-in types, exceptions, and {@link org.minipy.objects.Abstract}, the operations that
 * dispatch on types. Knows nothing of the compiler or the VM.
 */
package org.minipy.objects;
