/**
 * The second tier: a hot code object becomes a JVM class whose method runs its instructions
 * without dispatch ({@link org.minipy.jit.FunctionCompiler}, with the stack depths of
 * {@link org.minipy.jit.StackDepths}). Depends on {@code code} and on ASM only; the classes it
 * writes call the helpers of {@code org.minipy.vm.JitOps} by name and are defined by
 * {@code org.minipy.vm.Tier2}.
 */
package org.minipy.jit;
