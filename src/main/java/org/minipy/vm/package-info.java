/**
 * The virtual machine: frames, the eval loop, functions, cells, generators, tracebacks, and the
 * per-interpreter state. Depends on {@code code} and {@code objects}.
 */
package org.minipy.vm;
