/**
 * The virtual machine: frames ({@link org.minipy.vm.PyFrame}), the eval loop
 * ({@link org.minipy.vm.Eval}, rare instructions in {@link org.minipy.vm.EvalOps}), argument
 * binding ({@link org.minipy.vm.ArgBinder}), functions, bound methods, cells, generators,
 * tracebacks and their printing, inline caches ({@link org.minipy.vm.CodeCache}), class
 * creation ({@code __build_class__}), and the per-interpreter state
 * ({@link org.minipy.vm.InterpreterState}, which implements {@link org.minipy.vm.Runtime}),
 * and the second tier's runtime side: when hot code is compiled ({@link org.minipy.vm.Tier2})
 * and the helpers compiled code calls ({@link org.minipy.vm.JitOps}).
 * Depends on {@code code}, {@code objects}, {@code imports}, {@code jit}, and the factories of
 * {@code builtins} and {@code modules}; never on the compiler (the embedding layer installs one).
 */
package org.minipy.vm;
