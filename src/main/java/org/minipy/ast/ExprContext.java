package org.minipy.ast;

/** Whether a name, attribute, subscript, tuple or list is read, assigned or deleted. */
public enum ExprContext {
    Load, Store, Del
}
