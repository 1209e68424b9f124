"""Converts CPython 3.11 code objects to minipy's code format (a test aid for the VM).

minipy's instruction set is 3.11's without CACHE entries and PRECALL; this drops them, remaps
jumps and the exception table, and writes a line-based text form that VmFixtures.java reads.
Usage: python3 cpy2mini.py file.py > file.code
"""
import dis, sys, types

CACHE = dis.opmap['CACHE']
PRECALL = dis.opmap['PRECALL']
EXT = dis.opmap['EXTENDED_ARG']
JREL = set(dis.hasjrel)
BACKWARD = {dis.opmap[n] for n in dis.opmap if 'BACKWARD' in n}


def hx(s):
    return s.encode('utf-8', 'surrogatepass').hex() or '-'


def parse_exctable(co):
    data = co.co_exceptiontable
    it = iter(data)
    out = []

    def varint(first):
        b = first
        val = b & 63
        while b & 64:
            b = next(it)
            val = (val << 6) | (b & 63)
        return val
    for b in it:
        start = varint(b)
        length = varint(next(it))
        target = varint(next(it))
        dl = varint(next(it))
        out.append((start, start + length, target, dl >> 1, dl & 1))
    return out


def convert(co, w):
    raw = co.co_code
    n = len(raw) // 2
    # instructions: (old_index_of_first_unit, op, arg, old_index_of_real_op)
    keep = []
    i = 0
    while i < n:
        op, arg = raw[2 * i], raw[2 * i + 1]
        if op == CACHE:
            i += 1
            continue
        keep.append(i)
        i += 1
    newidx = {}
    for k, old in enumerate(keep):
        newidx[old] = k
    # map any old unit (incl. caches) to the next kept unit
    mapping = [0] * (n + 1)
    nxt = len(keep)
    for old in range(n, -1, -1):
        if old in newidx:
            nxt = newidx[old]
        mapping[old] = nxt
    units = []
    # decode full instructions with extended args to remap jumps
    k = 0
    ops = [(raw[2 * o], raw[2 * o + 1]) for o in keep]
    out = list(ops)
    idx = 0
    while idx < len(ops):
        start = idx
        arg = 0
        while ops[idx][0] == EXT:
            arg = (arg << 8) | ops[idx][1]
            idx += 1
        op, a = ops[idx]
        arg = (arg << 8) | a
        if op in JREL:
            old_here = keep[idx]
            # 3.11: target relative to the instruction after this one and its caches
            ncache = dis._inline_cache_entries[op]
            old_next = old_here + 1 + ncache
            old_target = old_next - arg if op in BACKWARD else old_next + arg
            new_next = idx + 1
            new_target = mapping[old_target]
            newarg = new_next - new_target if op in BACKWARD else new_target - new_next
            assert newarg >= 0, (dis.opname[op], newarg)
            # write back into the prefix slots (same number of them)
            nslots = idx - start + 1
            for s in range(nslots - 1, -1, -1):
                o2 = out[start + s][0]
                out[start + s] = (o2, newarg & 0xff)
                newarg >>= 8
            assert newarg == 0
        idx += 1
    # drop PRECALL by turning it into NOP? no: remove it and remap again is complex; use NOP (9).
    code = bytearray()
    for op, a in out:
        if op == PRECALL:
            op, a = 9, 0
        code += bytes((op, a))
    # line table
    lines = [-1] * len(keep)
    for s, e, line in co.co_lines():
        for u in range(s // 2, e // 2):
            if u in newidx:
                lines[newidx[u]] = line if line is not None else -1
    # positions: line, end line, column, end column per kept unit (-1 for None)
    positions = [-1] * (4 * len(keep))
    for u, pos in enumerate(co.co_positions()):
        if u in newidx:
            positions[4 * newidx[u]:4 * newidx[u] + 4] = [-1 if v is None else v for v in pos]
    exc = []
    for (s, e, t, d, l) in parse_exctable(co):
        exc += [mapping[s], mapping[e], mapping[t], d, l]
    # localsplus
    names = []
    i = 0
    while True:
        try:
            names.append(co._varname_from_oparg(i))
        except Exception:
            break
        i += 1
    nv = len(co.co_varnames)
    # simpler, exact kinds: cells are the names in co_cellvars, free vars the last len(freevars)
    kinds = []
    nfree = len(co.co_freevars)
    for j, nm in enumerate(names):
        if j >= len(names) - nfree:
            kinds.append(0x80)
            continue
        kd = 0
        if j < nv and co.co_varnames[j] == nm:
            kd |= 0x20
        if nm in co.co_cellvars:
            kd |= 0x40
        kinds.append(kd)
    w('code %d %d %d %d %d %d' % (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
                                  co.co_flags, co.co_stacksize + 2, co.co_firstlineno))
    w('name ' + hx(co.co_name))
    w('qualname ' + hx(co.co_qualname))
    w('filename ' + hx(co.co_filename))
    w('bytes ' + (code.hex() or '-'))
    w('names ' + ' '.join(hx(x) for x in co.co_names))
    w('lpnames ' + ' '.join(hx(x) for x in names))
    w('lpkinds ' + ' '.join(str(x) for x in kinds))
    w('lines ' + ' '.join(str(x) for x in lines))
    w('positions ' + ' '.join(str(x) for x in positions))
    w('exc ' + ' '.join(str(x) for x in exc))
    w('consts %d' % len(co.co_consts))
    for c in co.co_consts:
        const(c, w)
    w('end')


def const(c, w):
    if c is None:
        w('none')
    elif c is True:
        w('true')
    elif c is False:
        w('false')
    elif c is Ellipsis:
        w('ellipsis')
    elif isinstance(c, int):
        w('int %d' % c)
    elif isinstance(c, float):
        w('float ' + c.hex())
    elif isinstance(c, str):
        w('str ' + hx(c))
    elif isinstance(c, bytes):
        w('bytes ' + (c.hex() or '-'))
    elif isinstance(c, (tuple, frozenset)):
        w('tuple %d' % len(c))
        for x in c:
            const(x, w)
    elif isinstance(c, types.CodeType):
        convert(c, w)
    else:
        raise TypeError(type(c))


if __name__ == '__main__':
    path = sys.argv[1]
    src = open(path).read()
    name = sys.argv[2] if len(sys.argv) > 2 else path
    mode = sys.argv[3] if len(sys.argv) > 3 else 'exec'
    co = compile(src, name, mode)
    lines = []
    convert(co, lines.append)
    sys.stdout.write('\n'.join(lines) + '\n')
