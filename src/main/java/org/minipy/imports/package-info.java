/**
 * The import system of one interpreter. {@link org.minipy.imports.Importer} implements the
 * import statement ({@code __import__}, IMPORT_FROM, IMPORT_STAR); {@link
 * org.minipy.imports.ImportSystem} the {@code PyImport_*} contract (the ExecCodeModule family),
 * the path finder, module specs and loaders, reload and {@code -m}; {@link
 * org.minipy.imports.BytecodeCache} and {@link org.minipy.imports.CachePaths} the
 * {@code __pycache__} files; {@code imports.modules} the Python-facing modules {@code _imp},
 * {@code importlib}, {@code importlib.util}, {@code importlib.machinery} and {@code marshal}.
 * Depends on {@code vm}, {@code code}, {@code modules} and {@code objects}.
 */
package org.minipy.imports;
