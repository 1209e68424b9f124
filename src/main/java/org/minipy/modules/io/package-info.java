/**
 * File objects: text and binary files made by {@code open()}, and the standard streams
 * ({@code sys.stdout} ...). Types are named as CPython's {@code _io} classes.
 */
package org.minipy.modules.io;
