/**
 * minipy as a JSR-223 scripting language ({@code javax.script}): found by
 * {@code new ScriptEngineManager().getEngineByName("minipy")} through
 * {@code META-INF/services/javax.script.ScriptEngineFactory}. Depends only on
 * {@link org.minipy.Interpreter} and the object model.
 */
package org.minipy.jsr223;
