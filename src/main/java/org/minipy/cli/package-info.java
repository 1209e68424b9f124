/**
 * The command line ({@link org.minipy.cli.Main}, {@link org.minipy.cli.Launcher}, Options: python3's
 * conventions, parsed by hand), the REPL (Repl; JLine only when stdin is a terminal), the
 * {@code -m} finder and the teaching views ({@code --tokens}, {@code --ast}, {@code --dis},
 * {@code --trace}). Depends on {@link org.minipy.Interpreter}, the front end (parse), code and
 * the VM's tracer/interrupt hooks; nothing depends on it.
 */
package org.minipy.cli;
