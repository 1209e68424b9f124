# Writes GoldenCases.java: each case of golden_cases.json ([name, mode, source]) with CPython 3.11's
# normalised disassembly (see CompilerGoldenTest.normalize for the format).
import dis, re, sys, json
def norm_code(co, out):
    out.append(f"code {co.co_qualname} argc={co.co_argcount} posonly={co.co_posonlyargcount} kwonly={co.co_kwonlyargcount} flags={co.co_flags} stack={co.co_stacksize} first={co.co_firstlineno}")
    out.append("  names=" + ",".join(co.co_names) + " varnames=" + ",".join(co.co_varnames) + " cells=" + ",".join(co.co_cellvars) + " free=" + ",".join(co.co_freevars))
    carry = None
    for ins in dis.get_instructions(co):
        if ins.opname in ('CACHE',):
            continue
        if ins.opname == 'PRECALL':
            if ins.starts_line is not None: carry = ins.starts_line
            continue
        line = ins.starts_line if ins.starts_line is not None else carry
        carry = None
        op = ins.opname
        arg = '' if ins.arg is None else str(ins.arg)
        rep = ins.argrepr
        if 'JUMP' in op or op in ('FOR_ITER', 'SEND'):
            arg = ''; rep = re.sub(r'to \d+', 'to X', rep)
        if op in ('LOAD_CONST', 'KW_NAMES'):
            arg = ''
        rep = re.sub(r' at 0x[0-9a-f]+', '', rep)
        out.append(f"  {'' if line is None else line}|{op}|{arg}|{rep}")
    for e in dis._parse_exception_table(co):
        out.append(f"  exc [{e.depth}]{' lasti' if e.lasti else ''}")
    for k in co.co_consts:
        if hasattr(k, 'co_code'):
            norm_code(k, out)
cases = json.load(open(sys.argv[1]))
print("""package org.minipy.compile;

/**
 * Generated from CPython 3.11.7 (dis.get_instructions, minus CACHE/PRECALL): do not edit by hand.
 * Regenerate: {@code python3 golden_gen.py golden_cases.json > GoldenCases.java} in this folder.
 */
final class GoldenCases {
    private GoldenCases() {
    }

    static final String[][] CASES = {""")
for name, mode, src in cases:
    out = []
    norm_code(compile(src, 'f', mode), out)
    esc = lambda s: json.dumps(s)
    print(f"        {{{esc(name)}, {esc(mode)}, {esc(src)},\n            {esc(chr(10).join(out))}}},")
print("""    };
}""")
