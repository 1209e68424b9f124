/**
 * The {@code builtins} module: {@link org.minipy.builtins.BuiltinsModule#create} binds the
 * built-in types and exceptions and the built-in functions (grouped by what they need: objects,
 * numbers, iteration, and the running interpreter through {@link org.minipy.vm.Runtime}).
 * Depends on objects, modules.io (open, print's fast path) and vm.Runtime only.
 */
package org.minipy.builtins;
