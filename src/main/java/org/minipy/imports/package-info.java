/**
 * The import system: finds modules (built-in, packages, source files on sys.path), runs them and
 * keeps sys.modules. Depends on {@code vm}, {@code code}, {@code modules} and {@code objects}.
 */
package org.minipy.imports;
