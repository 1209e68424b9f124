/**
 * Pure-Java numeric algorithms with CPython semantics: float repr and parsing, int parsing,
 * the format-spec mini-language, %-formatting, and the numeric hash. Everything here works on
 * Java types (long, BigInteger, double, String); the object model wraps it.
 */
package org.minipy.objects.num;
