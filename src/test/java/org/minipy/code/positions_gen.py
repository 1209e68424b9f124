# Writes PositionCases.java: each case of positions_cases.json ([name, mode, source]) with the
# (line, end line, column, end column) CPython 3.11 gives each instruction of each code object
# (co_positions(), without the CACHE and PRECALL units minipy does not have).
# Regenerate: python3 positions_gen.py positions_cases.json > PositionCases.java  (in this folder)
import dis, json, sys

def positions(co, out):
    out.append("code " + co.co_qualname)
    code = co.co_code
    pos = list(co.co_positions())
    for u in range(len(code) // 2):
        name = dis.opname[code[2 * u]]
        if name not in ("CACHE", "PRECALL"):
            out.append("  %s %r" % (name, pos[u]))
    for k in co.co_consts:
        if hasattr(k, "co_code"):
            positions(k, out)

if sys.version_info[:2] != (3, 11):
    sys.exit("positions_gen.py: needs CPython 3.11")
cases = json.load(open(sys.argv[1], encoding="utf-8"))
print("""package org.minipy.code;

/**
 * Generated from CPython 3.11 (co_positions() per instruction, minus CACHE/PRECALL): do not
 * edit by hand. Regenerate: {@code python3 positions_gen.py positions_cases.json > PositionCases.java}
 * in this folder.
 */
final class PositionCases {
    private PositionCases() {
    }

    static final String[][] CASES = {""")
for name, mode, src in cases:
    out = []
    positions(compile(src, "f", mode), out)
    esc = lambda s: json.dumps(s)
    print(f"        {{{esc(name)}, {esc(mode)}, {esc(src)},\n            {esc(chr(10).join(out))}}},")
print("""    };
}""")
