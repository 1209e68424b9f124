/**
 * Modules written in Java: {@code sys} ({@link org.minipy.modules.SysModule}), and those that
 * {@code import} finds by name through {@link org.minipy.modules.BuiltinModules}: math, time,
 * random (on {@code modules.random.MersenneTwister}), os, os.path, types. Each interpreter
 * gets its own instances; the types defined here are immutable and shared. File objects and
 * the standard streams live in {@code modules.io}.
 */
package org.minipy.modules;
