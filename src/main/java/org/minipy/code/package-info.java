/**
 * The contract between the compiler and the VM: {@link org.minipy.code.Opcode} (every instruction
 * declared once), {@link org.minipy.code.Code} (the code object), the disassembler and the marshal
 * format. Depends on {@code objects} only (constants are Python objects).
 */
package org.minipy.code;
