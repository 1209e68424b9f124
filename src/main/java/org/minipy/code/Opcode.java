package org.minipy.code;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The instruction set, declared once. Modelled on CPython 3.11: 16-bit code units (opcode byte,
 * argument byte), {@code EXTENDED_ARG} for larger arguments, the same names and numbers where the
 * meaning is the same. Differences from 3.11: no inline {@code CACHE} units, no {@code PRECALL}
 * (a call is {@code [KW_NAMES] CALL n}), no specialised forms.
 *
 * <p>The integer constants are what the compiler emits and the eval loop switches on; the
 * {@link Info} table beside them (name, operand kind, stack effect, meaning) is what the
 * disassembler, the stack-depth pass and the magic-number guard read. The names in the table come
 * from the constants themselves, so there is one declaration of each instruction.
 *
 * <p>Locals, cells and free variables share one array, as 3.11's "localsplus": the argument of
 * LOAD_FAST, LOAD_DEREF, MAKE_CELL, LOAD_CLOSURE ... is an index into it. Jump arguments are
 * relative, in code units, from the instruction after the jump (forward or backward by name).
 */
public final class Opcode {
    private Opcode() {
    }

    // The stack picture of each instruction is in the table below.
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_SUBSCR = 25;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int WITH_EXCEPT_START = 49;
    public static final int BEFORE_WITH = 53;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int PRINT_EXPR = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int LIST_TO_TUPLE = 82;
    public static final int RETURN_VALUE = 83;
    public static final int IMPORT_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;
    public static final int POP_EXCEPT = 89;
    /** Opcodes from here on use their argument. */
    public static final int HAVE_ARGUMENT = 90;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public static final int POP_JUMP_FORWARD_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int LOAD_CLASSDEREF = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int RESUME = 151;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LOAD_METHOD = 160;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

    /** What an instruction's argument means (for the disassembler). */
    public enum ArgKind {
        /** No argument (the byte is 0). */
        NONE,
        /** An index into co_consts. */
        CONST,
        /** An index into co_names. */
        NAME,
        /** LOAD_GLOBAL: co_names[arg >> 1]; bit 0 set means "push NULL first". */
        GLOBAL,
        /** An index into the localsplus array (locals, then cells, then free variables). */
        LOCAL,
        /** A relative forward jump in code units. */
        JUMP_FORWARD,
        /** A relative backward jump in code units. */
        JUMP_BACKWARD,
        /** A comparison operator ({@code CompareOp} ordinal). */
        COMPARE,
        /** A BINARY_OP operator code ({@code BinaryOps}). */
        BINARY,
        /** A plain number: a count, a flag set, a depth. */
        NUMBER
    }

    /** Net stack effect of an instruction given its argument and whether a jump is taken. */
    @FunctionalInterface
    public interface StackEffect {
        int of(int arg, boolean jump);
    }

    /** One instruction's declaration. */
    public record Info(int opcode, String name, ArgKind kind, StackEffect effect, String meaning) {
        public boolean isJump() {
            return kind == ArgKind.JUMP_FORWARD || kind == ArgKind.JUMP_BACKWARD;
        }
    }

    private static final Info[] TABLE = new Info[256];
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    private static StackEffect fixed(int n) {
        return (arg, jump) -> n;
    }

    private static void op(int code, ArgKind kind, StackEffect effect, String meaning) {
        TABLE[code] = new Info(code, null, kind, effect, meaning);
    }

    private static void op(int code, ArgKind kind, int effect, String meaning) {
        op(code, kind, fixed(effect), meaning);
    }

    static {
        op(POP_TOP, ArgKind.NONE, -1, "x --  : discard the top of the stack");
        op(PUSH_NULL, ArgKind.NONE, 1, "-- NULL  : push the NULL marker that precedes a callable");
        op(NOP, ArgKind.NONE, 0, "do nothing (a line-number anchor)");
        op(UNARY_POSITIVE, ArgKind.NONE, 0, "x -- +x");
        op(UNARY_NEGATIVE, ArgKind.NONE, 0, "x -- -x");
        op(UNARY_NOT, ArgKind.NONE, 0, "x -- not x");
        op(UNARY_INVERT, ArgKind.NONE, 0, "x -- ~x");
        op(BINARY_SUBSCR, ArgKind.NONE, -1, "container key -- container[key]");
        op(PUSH_EXC_INFO, ArgKind.NONE, 1, "exc -- prev_exc exc  : enter an except block (exc becomes sys.exception())");
        op(CHECK_EXC_MATCH, ArgKind.NONE, 0, "exc type -- exc matched  : isinstance test of an except clause");
        op(WITH_EXCEPT_START, ArgKind.NONE, 1, "exit lasti prev exc -- exit lasti prev exc res  : call __exit__(type, exc, tb)");
        op(BEFORE_WITH, ArgKind.NONE, 1, "mgr -- exit enter_result  : look up __exit__, call __enter__");
        op(STORE_SUBSCR, ArgKind.NONE, -3, "value container key --  : container[key] = value");
        op(DELETE_SUBSCR, ArgKind.NONE, -2, "container key --  : del container[key]");
        op(GET_ITER, ArgKind.NONE, 0, "x -- iter(x)");
        op(GET_YIELD_FROM_ITER, ArgKind.NONE, 0, "x -- iter(x)  : a generator stays itself");
        op(PRINT_EXPR, ArgKind.NONE, -1, "x --  : the REPL's echo of an expression value (sys.displayhook)");
        op(LOAD_BUILD_CLASS, ArgKind.NONE, 1, "-- __build_class__");
        op(LOAD_ASSERTION_ERROR, ArgKind.NONE, 1, "-- AssertionError");
        op(RETURN_GENERATOR, ArgKind.NONE, 0, "make a generator from this frame and return it to the caller");
        op(LIST_TO_TUPLE, ArgKind.NONE, 0, "list -- tuple(list)");
        op(RETURN_VALUE, ArgKind.NONE, -1, "x --  : return x to the caller");
        op(IMPORT_STAR, ArgKind.NONE, -1, "module --  : from module import *");
        op(SETUP_ANNOTATIONS, ArgKind.NONE, 0, "make __annotations__ in the namespace if absent");
        op(YIELD_VALUE, ArgKind.NONE, 0, "x -- sent  : suspend the generator, yielding x");
        op(POP_EXCEPT, ArgKind.NONE, -1, "prev_exc --  : leave an except block, restoring the previous exception");
        op(STORE_NAME, ArgKind.NAME, -1, "x --  : name = x in the local namespace (module or class body)");
        op(DELETE_NAME, ArgKind.NAME, 0, "del name in the local namespace");
        op(UNPACK_SEQUENCE, ArgKind.NUMBER, (arg, j) -> arg - 1, "seq -- x[n-1] ... x[0]  : unpack exactly arg items");
        op(FOR_ITER, ArgKind.JUMP_FORWARD, (arg, j) -> j ? -1 : 1,
                "iter -- iter next  : or pop iter and jump when exhausted");
        op(UNPACK_EX, ArgKind.NUMBER, (arg, j) -> (arg & 0xff) + (arg >> 8),
                "seq -- ...  : unpack with a starred target (low byte before it, high byte after)");
        op(STORE_ATTR, ArgKind.NAME, -2, "value obj --  : obj.name = value");
        op(DELETE_ATTR, ArgKind.NAME, -1, "obj --  : del obj.name");
        op(STORE_GLOBAL, ArgKind.NAME, -1, "x --  : global name = x");
        op(DELETE_GLOBAL, ArgKind.NAME, 0, "del global name");
        op(SWAP, ArgKind.NUMBER, 0, "exchange the top of the stack with the arg-th item");
        op(LOAD_CONST, ArgKind.CONST, 1, "-- co_consts[arg]");
        op(LOAD_NAME, ArgKind.NAME, 1, "-- name  : locals, then globals, then builtins");
        op(BUILD_TUPLE, ArgKind.NUMBER, (arg, j) -> 1 - arg, "x1 .. xn -- (x1, .., xn)");
        op(BUILD_LIST, ArgKind.NUMBER, (arg, j) -> 1 - arg, "x1 .. xn -- [x1, .., xn]");
        op(BUILD_SET, ArgKind.NUMBER, (arg, j) -> 1 - arg, "x1 .. xn -- {x1, .., xn}");
        op(BUILD_MAP, ArgKind.NUMBER, (arg, j) -> 1 - 2 * arg, "k1 v1 .. kn vn -- {k1: v1, ..}");
        op(LOAD_ATTR, ArgKind.NAME, 0, "obj -- obj.name");
        op(COMPARE_OP, ArgKind.COMPARE, -1, "a b -- a op b");
        op(IMPORT_NAME, ArgKind.NAME, -1, "level fromlist -- module  : __import__(name, ..., fromlist, level)");
        op(IMPORT_FROM, ArgKind.NAME, 1, "module -- module module.name  : for from-import");
        op(JUMP_FORWARD, ArgKind.JUMP_FORWARD, 0, "jump forward arg code units");
        op(JUMP_IF_FALSE_OR_POP, ArgKind.JUMP_FORWARD, (arg, j) -> j ? 0 : -1,
                "x -- x (jump if false) | --  : for 'and'");
        op(JUMP_IF_TRUE_OR_POP, ArgKind.JUMP_FORWARD, (arg, j) -> j ? 0 : -1,
                "x -- x (jump if true) | --  : for 'or'");
        op(POP_JUMP_FORWARD_IF_FALSE, ArgKind.JUMP_FORWARD, -1, "x --  : jump forward if not x");
        op(POP_JUMP_FORWARD_IF_TRUE, ArgKind.JUMP_FORWARD, -1, "x --  : jump forward if x");
        op(LOAD_GLOBAL, ArgKind.GLOBAL, (arg, j) -> 1 + (arg & 1),
                "-- [NULL] global  : co_names[arg>>1] from globals, then builtins");
        op(IS_OP, ArgKind.NUMBER, -1, "a b -- a is b (arg 1: is not)");
        op(CONTAINS_OP, ArgKind.NUMBER, -1, "a b -- a in b (arg 1: not in)");
        op(RERAISE, ArgKind.NUMBER, -1, "exc --  : raise exc again (arg 1: restore f_lasti from the stack)");
        op(COPY, ArgKind.NUMBER, 1, "push a copy of the arg-th item of the stack");
        op(BINARY_OP, ArgKind.BINARY, -1, "a b -- a op b");
        op(SEND, ArgKind.JUMP_FORWARD, (arg, j) -> j ? -1 : 0,
                "sub value -- sub result  : send value into sub; when it returns, pop and jump with its value");
        op(LOAD_FAST, ArgKind.LOCAL, 1, "-- local  : UnboundLocalError if unset");
        op(STORE_FAST, ArgKind.LOCAL, -1, "x --  : local = x");
        op(DELETE_FAST, ArgKind.LOCAL, 0, "del local");
        op(POP_JUMP_FORWARD_IF_NOT_NONE, ArgKind.JUMP_FORWARD, -1, "x --  : jump forward if x is not None");
        op(POP_JUMP_FORWARD_IF_NONE, ArgKind.JUMP_FORWARD, -1, "x --  : jump forward if x is None");
        op(RAISE_VARARGS, ArgKind.NUMBER, (arg, j) -> -arg, "[exc [cause]] --  : raise; raise exc; raise exc from cause");
        op(MAKE_FUNCTION, ArgKind.NUMBER, (arg, j) -> -Integer.bitCount(arg & 0x0f),
                "[defaults] [kwdefaults] [annotations] [closure] code -- function  (flags 1, 2, 4, 8)");
        op(BUILD_SLICE, ArgKind.NUMBER, (arg, j) -> arg == 3 ? -2 : -1, "start stop [step] -- slice");
        op(JUMP_BACKWARD_NO_INTERRUPT, ArgKind.JUMP_BACKWARD, 0, "jump backward arg code units (no interrupt check)");
        op(MAKE_CELL, ArgKind.LOCAL, 0, "replace local arg by a cell holding its value");
        op(LOAD_CLOSURE, ArgKind.LOCAL, 1, "-- cell  : the cell in localsplus[arg], for a closure tuple");
        op(LOAD_DEREF, ArgKind.LOCAL, 1, "-- cell contents");
        op(STORE_DEREF, ArgKind.LOCAL, -1, "x --  : cell contents = x");
        op(DELETE_DEREF, ArgKind.LOCAL, 0, "empty the cell");
        op(JUMP_BACKWARD, ArgKind.JUMP_BACKWARD, 0, "jump backward arg code units (checks for interrupts)");
        op(CALL_FUNCTION_EX, ArgKind.NUMBER, (arg, j) -> -2 - (arg & 1),
                "NULL callable args [kwargs] -- result  : callable(*args, **kwargs)");
        op(EXTENDED_ARG, ArgKind.NUMBER, 0, "prefix: arg << 8 is added to the next instruction's argument");
        op(LIST_APPEND, ArgKind.NUMBER, -1, "x --  : stack[-arg].append(x)  (comprehensions)");
        op(SET_ADD, ArgKind.NUMBER, -1, "x --  : stack[-arg].add(x)");
        op(MAP_ADD, ArgKind.NUMBER, -2, "k v --  : stack[-arg][k] = v");
        op(LOAD_CLASSDEREF, ArgKind.LOCAL, 1, "-- value  : class body: locals first, then the cell");
        op(COPY_FREE_VARS, ArgKind.NUMBER, 0, "copy the function's closure cells into the last arg localsplus slots");
        op(RESUME, ArgKind.NUMBER, 0, "start or resume a frame (0 start, 1 after yield, 2 after yield from)");
        op(FORMAT_VALUE, ArgKind.NUMBER, (arg, j) -> (arg & 0x04) != 0 ? -1 : 0,
                "x [spec] -- formatted  : f-string field (arg&3: 0 none, 1 str, 2 repr, 3 ascii; 4: spec given)");
        op(BUILD_CONST_KEY_MAP, ArgKind.NUMBER, (arg, j) -> -arg, "v1 .. vn keys -- dict");
        op(BUILD_STRING, ArgKind.NUMBER, (arg, j) -> 1 - arg, "s1 .. sn -- s1 + .. + sn");
        op(LOAD_METHOD, ArgKind.NAME, 1, "obj -- method obj | NULL obj.name  : for CALL");
        op(LIST_EXTEND, ArgKind.NUMBER, -1, "x --  : stack[-arg].extend(x)");
        op(SET_UPDATE, ArgKind.NUMBER, -1, "x --  : stack[-arg].update(x)");
        op(DICT_MERGE, ArgKind.NUMBER, -1, "x --  : stack[-arg] |= x, TypeError on a repeated key (calls)");
        op(DICT_UPDATE, ArgKind.NUMBER, -1, "x --  : stack[-arg].update(x)");
        op(CALL, ArgKind.NUMBER, (arg, j) -> -1 - arg,
                "NULL|method callable|self a1 .. an -- result  : keyword names from the preceding KW_NAMES");
        op(KW_NAMES, ArgKind.CONST, 0, "co_consts[arg] (a tuple of str) names the last arguments of the next CALL");
        op(POP_JUMP_BACKWARD_IF_NOT_NONE, ArgKind.JUMP_BACKWARD, -1, "x --  : jump backward if x is not None");
        op(POP_JUMP_BACKWARD_IF_NONE, ArgKind.JUMP_BACKWARD, -1, "x --  : jump backward if x is None");
        op(POP_JUMP_BACKWARD_IF_FALSE, ArgKind.JUMP_BACKWARD, -1, "x --  : jump backward if not x");
        op(POP_JUMP_BACKWARD_IF_TRUE, ArgKind.JUMP_BACKWARD, -1, "x --  : jump backward if x");
        nameTheTable();
    }

    /** Gives each table entry the name of the constant that holds its number. */
    private static void nameTheTable() {
        for (Field f : Opcode.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() != int.class || !Modifier.isStatic(m) || f.getName().equals("HAVE_ARGUMENT")) {
                continue;
            }
            try {
                int code = f.getInt(null);
                Info i = TABLE[code];
                if (i == null) {
                    throw new IllegalStateException("opcode " + f.getName() + " has no table entry");
                }
                TABLE[code] = new Info(code, f.getName(), i.kind(), i.effect(), i.meaning());
                BY_NAME.put(f.getName(), code);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The declaration of an opcode, or null if the number is not an instruction. */
    public static Info info(int opcode) {
        return opcode >= 0 && opcode < 256 ? TABLE[opcode] : null;
    }

    public static String name(int opcode) {
        Info i = info(opcode);
        return i == null ? "<" + opcode + ">" : i.name();
    }

    /** The opcode called {@code name}, or -1. */
    public static int byName(String name) {
        return BY_NAME.getOrDefault(name, -1);
    }

    public static int stackEffect(int opcode, int arg, boolean jump) {
        return TABLE[opcode].effect().of(arg, jump);
    }

    /** All declared instructions in opcode order. */
    public static java.util.List<Info> all() {
        java.util.List<Info> l = new java.util.ArrayList<>();
        for (Info i : TABLE) {
            if (i != null) {
                l.add(i);
            }
        }
        return l;
    }
}
