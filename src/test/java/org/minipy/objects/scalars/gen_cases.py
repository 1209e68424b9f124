"""Generates the *_cases.tsv tables with python3 (CPython 3.11) as the oracle.

Run from this directory: python3 gen_cases.py
"""
import operator
import sys

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
       '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor}
CMPS = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
        '>': operator.gt, '>=': operator.ge}
UN = {'-': operator.neg, '+': operator.pos, '~': operator.invert, 'abs': abs, 'hash': hash,
      'len': len, 'str': str, 'repr': repr, 'bool': bool, 'list': list}
TYPES = {'int': int, 'float': float, 'str': str, 'bytes': bytes, 'bool': bool}


def run(kind, recv, name, args, kw):
    if kind == 'm':
        return getattr(recv, name)(*args, **kw)
    if kind == 't':
        return TYPES[name](*args, **kw)
    if kind == 'tm':
        return getattr(TYPES[recv], name)(*args, **kw)
    if kind == 'b':
        return OPS[name](recv, args[0])
    if kind == 'c':
        return CMPS[name](recv, args[0])
    if kind == 'u':
        return UN[name](recv)
    if kind == 'i':
        return recv[args[0]]
    if kind == 'in':
        return args[0] in recv
    if kind == 'fmt':
        return format(recv, args[0])
    if kind == 'pow3':
        return pow(recv, args[0], args[1])
    raise ValueError(kind)


def line(kind, recv, name, args=(), kw=None):
    kw = kw or {}
    try:
        v = run(kind, recv, name, args, kw)
        if isinstance(v, complex):
            return None  # complex is out of scope (minipy raises NotImplementedError)
        r = repr(v)
    except Exception as e:
        r = f'!! {type(e).__name__}: {e}'
    sys.set_int_max_str_digits(0)
    try:
        rv = recv if kind == 'tm' else ('' if recv is None and kind == 't' else repr(recv))
        return '\t'.join([kind, rv, name, repr(tuple(args)), repr(kw), r])
    finally:
        sys.set_int_max_str_digits(4300)


def write(fname, rows):
    with open(fname, 'w', encoding='utf-8') as f:
        for r in rows:
            text = line(*r)
            if text is not None:
                f.write(text + '\n')


# ---- int -----------------------------------------------------------------------------------
ints = [0, 1, -1, 7, -7, 2, 3, 255, -256, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64 + 5,
        -2**64 - 3, 10**20, -10**25 - 1, 12345678901234567890123]
rows = []
small = [0, 1, -1, 3, -3, 7, 2**62, -2**63, 2**64, -10**20]
for a in ints:
    for b in small:
        for op in ['+', '-', '*', '//', '%', '/', '&', '|', '^']:
            rows.append(('b', a, op, (b,)))
for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**40, 12345678901234567890]:
    for b in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2]:
        rows.append(('b', a, '**', (b,)))
for a in [1, -1, 5, -5, 2**62, -2**62, 10**20, 0]:
    for b in [0, 1, 3, 62, 63, 64, 100, -1, 10**20]:
        rows.append(('b', a, '<<', (b,)))
        rows.append(('b', a, '>>', (b,)))
for a in ints:
    for u in ['-', '+', '~', 'abs', 'hash', 'str', 'repr', 'bool']:
        rows.append(('u', a, u))
    for m in ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio', '__index__', '__int__',
              '__float__', '__trunc__', '__floor__', '__ceil__', '__round__']:
        rows.append(('m', a, m, ()))
    for nd in [-1, -2, -5, 0, 3]:
        rows.append(('m', a, '__round__', (nd,)))
    for b in [1.5, -2.5, 1e300, float('inf'), float('-inf'), float('nan'), 0.0, 2.0**63, 9007199254740993.0]:
        for c in ['<', '<=', '==', '!=', '>', '>=']:
            rows.append(('c', a, c, (b,)))
    for b in [0, -1, 2**63, 10**20]:
        for c in ['<', '==', '>=']:
            rows.append(('c', a, c, (b,)))
for a, b in [(1, 0), (0, 0), (-1, 0), (2**70, 0)]:
    for op in ['//', '%', '/']:
        rows.append(('b', a, op, (b,)))
rows += [('b', 0, '**', (-1,)), ('b', 10**400, '/', (1,)), ('b', 1, '/', (10**400,)),
         ('b', 2**10000, '/', (3,)), ('b', 10**30, '/', (7,)), ('b', -10**30, '/', (7,)),
         ('b', 2**1074, '/', (2**2148,)), ('b', 1, '/', (2**1075,)), ('b', 3, '/', (2**1075,)),
         ('b', 2**1100 + 1, '/', (2**2174,)), ('b', 10**300, '/', (10**299 + 1,)),
         ('b', (2**53 + 1) * 2**10, '/', (2**10,)), ('b', 2**54 + 3, '/', (2,)),
         ('b', 1, '<<', (-1,)), ('b', 1, '>>', (-1,)), ('b', True, '+', (True,)), ('b', True, '&', (False,)),
         ('b', True, '|', (False,)), ('b', True, '^', (True,)), ('b', True, '&', (3,)), ('b', True, '/', (2,)),
         ('u', True, '~'), ('u', True, '-'), ('u', True, '+'), ('u', False, 'repr'), ('u', True, 'hash'),
         ('b', 1, '+', (1.5,)), ('b', 10**400, '+', (1.0,)), ('b', 2, '**', (0.5,)), ('b', 2, '**', (-1,)),
         ('b', 10**400, '**', (-1,)), ('b', 1, '+', ('a',)), ('b', 3, '*', ('ab',)), ]
for a, b, m in [(2, -1, 5), (2, -1, 4), (2, 3, 0), (3, 200, 1000), (-3, 3, 7), (3, 3, -7), (5, 0, 1),
                (2**100, 2**50, 10**9 + 7), (4, -2, -7)]:
    rows.append(('pow3', a, 'pow', (b, m)))
rows += [('m', 255, 'to_bytes', (2, 'big')), ('m', 255, 'to_bytes', (2,), {'byteorder': 'little'}),
         ('m', -129, 'to_bytes', (2, 'little'), {'signed': True}), ('m', 256, 'to_bytes', (1, 'little')),
         ('m', -1, 'to_bytes', (1, 'little')), ('m', 1, 'to_bytes', ()), ('m', 5, 'to_bytes', (2, 'middle')),
         ('m', 5, 'to_bytes', (-1, 'big')), ('m', 128, 'to_bytes', (1, 'big'), {'signed': True}),
         ('m', -128, 'to_bytes', (1, 'big'), {'signed': True}), ('m', 0, 'to_bytes', (0, 'big')),
         ('tm', 'int', 'from_bytes', (b'\xff\x01', 'little'), {'signed': True}),
         ('tm', 'int', 'from_bytes', (b'\xff\x01', 'big')), ('tm', 'int', 'from_bytes', ([1, 2], 'big')),
         ('tm', 'int', 'from_bytes', (b'\x80',), {'signed': True}), ('tm', 'int', 'from_bytes', (b'',)),
         ('tm', 'int', 'from_bytes', ('x', 'big')), ('m', 1, 'bit_length', (2,)),
         ('m', 5, '__round__', (1.5,)), ('m', 15, '__round__', (-1,)), ('m', 25, '__round__', (-1,)),
         ('m', -25, '__round__', (-1,)), ('m', 12355, '__round__', (-1,)), ('m', 5, '__round__', (-100,)),
         ('m', 7, 'real', None) if False else ('m', 7, '__abs__', ()),
         ('m', 5, '__add__', (1.0,)), ('m', 5, '__radd__', (2,)), ('m', 5, '__rsub__', (2,)),
         ('m', 5, '__index__', (2,)), ('m', 7, '__divmod__', (-2,)), ('m', 7, '__rdivmod__', (-2,)),
         ('m', True, '__and__', (True,)), ('m', 3, '__pow__', (2,))]
for args in [(), (5,), ('12',), (' -12 ',), ('0x1f', 16), ('0x1f', 0), ('0b101', 0), ('0o17', 0), ('010', 0),
             ('00', 0), ('1_000',), ('1__0',), ('_1',), ('1_',), ('z', 36), ('Z', 36), ('12', 1), ('12', 37),
             ('abc',), ('',), ('  ',), ('+',), ('-0',), ('١٢',), (b'12',), (b'x',), (1.5, 10), (2.9,),
             (-2.9,), (1e20,), (1e300,), (float('inf'),), (float('nan'),), (None,), ([],), (True,),
             ('9' * 19,), ('-9' * 1,), ('1' * 4300,), ('1' * 4301,), ('0x' + 'f' * 5000, 16), ('12', '3'),
             ('12', 2**70), ('0x_1', 16), ('0_1', 0), ('1 2',), ('\u0661\u0662',), ('12\x00',), ('ｆ', 16)]:
    rows.append(('t', None, 'int', args))
rows += [('t', None, 'int', ('5',), {'base': 8}), ('t', None, 'int', (1, 2, 3)), ('t', None, 'int', (), {'x': 5}),
         ('t', None, 'int', ('5',), {'bas': 8}), ('t', None, 'bool', (0,)), ('t', None, 'bool', ('x',)),
         ('t', None, 'bool', ()), ('t', None, 'bool', (1, 2)), ('u', 10**4299, 'len') if False else ('u', -10**4299 * 9, 'bool'),
         ('u', 10**4300, 'str'), ('u', -10**4300, 'repr')]
for args in [(2, 3, 5), (2, 3, None), (2,), (2, 3, 4, 5), (2, -1, 5), (2, 3.0, 5)]:
    rows.append(('tm', 'int', '__pow__', args))
rows.append(('tm', 'int', '__rpow__', (3, 2, 5)))
rows.append(('tm', 'float', '__pow__', (2.0, 3, 5)))
rows.append(('tm', 'float', '__pow__', (2.0, 3)))
write('int_cases.tsv', rows)

# ---- float ---------------------------------------------------------------------------------
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, -2.5, 1e16, 1e22, 1.5e-300, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 123456789.123, 0.3, 2.675, 1e-7, 9007199254740993.0]
rows = []
for a in floats:
    for u in ['-', '+', 'abs', 'repr', 'str', 'bool']:
        rows.append(('u', a, u))
    if a == a:
        rows.append(('u', a, 'hash'))
    for m in ['is_integer', 'as_integer_ratio', '__int__', '__trunc__', '__floor__', '__ceil__', '__round__',
              'hex', 'conjugate', '__float__']:
        rows.append(('m', a, m, ()))
    for nd in [0, 1, 2, -1, -300, 400]:
        rows.append(('m', a, '__round__', (nd,)))
    for b in [0.0, -0.0, 2.0, -2.0, 0.5, 3, -3, float('inf'), float('nan'), 10**400 if False else 7]:
        for op in ['+', '-', '*', '/', '//', '%', '**']:
            rows.append(('b', a, op, (b,)))
    for b in [1, 0.5, float('nan'), 2**63]:
        for c in ['<', '==', '!=', '>=']:
            rows.append(('c', a, c, (b,)))
for a, b in [(1.0, 0), (1.0, 0.0), (0.0, -1), (0.0, -1.0), (-8.0, 1 / 3), (-2.0, 0.5), (2.0, 10000),
             (1e308, 10), (-1.0, float('inf')), (-1.0, 0.5), (float('-inf'), 3), (float('-inf'), -3),
             (-0.0, 3), (-0.0, -3), (2.0, 1024.0), (1.5, 'a')]:
    for op in ['**', '/', '//', '%', '*', '+']:
        rows.append(('b', a, op, (b,)))
for a in [1, -7, 0, 2**64, 10**400]:
    for b in [0.5, -2.0, 0.0]:
        for op in ['+', '-', '*', '/', '//', '%', '**']:
            rows.append(('b', a, op, (b,)))
rows += [('m', 7.5, '__divmod__', (-2,)), ('m', 7.5, '__divmod__', (0,)), ('m', 7.5, '__rdivmod__', (2,)),
         ('m', 1.5, '__round__', (None,)), ('m', 2.5, '__round__', (None,)), ('m', 1.5, '__round__', ('x',)),
         ('m', 5.5, '__round__', (1.5,)), ('m', 0.125, '__round__', (2,)), ('m', 0.375, '__round__', (2,)),
         ('m', 1e300, '__round__', (-300,)), ('m', 1.7976931348623157e308, '__round__', (-308,)),
         ('m', -0.4, '__round__', (0,)), ('m', 1.5, 'is_integer', (1,)), ('m', 1.5, '__add__', (1,)),
         ('m', 1.5, '__radd__', (1,)), ('m', 1.5, '__rtruediv__', (3,)), ('m', 1.5, '__add__', ('a',)),
         ('m', 1.5, 'real', None) if False else ('m', 1.5, '__abs__', ())]
for args in [(), (1,), (True,), ('1.5',), ('  1.5e3  ',), ('-inf',), (' +Infinity',), ('nan',), ('.5',),
             ('5.',), ('1e',), ('0x10',), (' ',), ('',), ('1_0',), ('1__0',), ('abc',), ('١٢.٥',), (b'1.5',),
             (b'x',), (None,), ([],), (10**400,), (2**1024 - 2**970,), (2**1024 - 2**969,), ('1' * 400,),
             ('1e500',), ('-1e-500',), ('infinity',), ('iNfInItY',), ('+nan',), ('1.5\x00',), (1, 2),
             ('0.1',), ('3.141592653589793238462643383279',), ('2.2250738585072011e-308',)]:
    rows.append(('t', None, 'float', args))
rows.append(('t', None, 'float', (), {'x': 1}))
for h in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1.fffffffffffff8p1023', '0x1p1024',
          ' 0X10 ', 'inf', '-nan', '1.5', '0x.8', '0x1.p2', 'x', '', '0x1p', '0x1.8p+1', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x0.0000000000001p-1022']:
    rows.append(('tm', 'float', 'fromhex', (h,)))
rows.append(('tm', 'float', 'fromhex', (1,)))
for x in [9999999999999998.0, -123.0, 1e15, 1e16, -1e16, 12345678901234567.0, 0.5, 100.25, -0.0, 1e-5, 1e-4]:
    rows.append(('u', x, 'repr'))
    rows.append(('fmt', x, 'format', ('',)))
write('float_cases.tsv', rows)

# ---- str -----------------------------------------------------------------------------------
strs = ['', 'a', 'abc', 'Hello World', '  a  b  ', 'a,b,,c', 'aaa', 'ab\r\ncd\ref\n', 'a\tbc\td',
        '-42', 'ß', 'they\'re bill\'s', 'ǅ', '²', '½', '١٢', 'A1', '_a1', 'x\U0001F600y', '\u3000a\x85 ']
rows = []
for s in strs:
    for u in ['len', 'repr', 'str', 'bool', 'list']:  # str hash is String.hashCode by design
        rows.append(('u', s, u))
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isdigit', 'isalpha', 'isalnum',
              'isspace', 'isupper', 'islower', 'isnumeric', 'isdecimal', 'isidentifier', 'isprintable',
              'istitle', 'isascii', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'splitlines', 'expandtabs']:
        rows.append(('m', s, m, ()))
    for sep in [',', 'a', ' ', 'ab']:
        for mx in [-1, 0, 1, 2]:
            rows.append(('m', s, 'split', (sep, mx)))
            rows.append(('m', s, 'rsplit', (sep, mx)))
    for mx in [0, 1, 2]:
        rows.append(('m', s, 'split', (None, mx)))
        rows.append(('m', s, 'rsplit', (None, mx)))
    for sub in ['', 'a', 'b', 'ab', 'c', 'y']:
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
            rows.append(('m', s, m, (sub,)))
            rows.append(('m', s, m, (sub, 1)))
            rows.append(('m', s, m, (sub, -2, 100)))
            rows.append(('m', s, m, (sub, 1, 2)))
        rows.append(('m', s, 'partition', (sub,)))
        rows.append(('m', s, 'rpartition', (sub,)))
        rows.append(('in', s, 'in', (sub,)))
        rows.append(('m', s, 'replace', (sub, '-')))
        rows.append(('m', s, 'replace', (sub, '<>', 2)))
        rows.append(('m', s, 'removeprefix', (sub,)))
        rows.append(('m', s, 'removesuffix', (sub,)))
    for w in [0, 3, 6, 8]:
        for m in ['center', 'ljust', 'rjust', 'zfill']:
            rows.append(('m', s, m, (w,)))
        rows.append(('m', s, 'center', (w, '*')))
        rows.append(('m', s, 'ljust', (w, 'é')))
    for chars in ['a', ' a', 'xyz', None]:
        for m in ['strip', 'lstrip', 'rstrip']:
            rows.append(('m', s, m, (chars,)))
    for i in [0, 1, -1, 2, 5, -10]:
        rows.append(('i', s, '[]', (i,)))
    for sl in [slice(None, None, None), slice(1, None), slice(None, -1), slice(None, None, -1),
               slice(None, None, 2), slice(-2, None, -2), slice(5, 1, -1), slice(1, 100)]:
        rows.append(('i', s, '[]', (sl,)))
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace']:
            rows.append(('m', s, 'encode', (enc, err)))
    rows.append(('m', s, 'splitlines', (True,)))
    rows.append(('m', s, 'expandtabs', (4,)))
    for o in ['', 'a', 'abc', 'b', 'ab\U0001F600', '\uffff']:
        for c in ['<', '<=', '==', '!=', '>', '>=']:
            rows.append(('c', s, c, (o,)))
    rows.append(('b', s, '+', ('xy',)))
    rows.append(('b', s, '*', (3,)))
    rows.append(('b', s, '*', (-1,)))
rows += [('m', 'abc', 'find', ()), ('m', 'abc', 'find', (1,)), ('m', 'a', 'find', ('a', 1, 2, 3)),
         ('m', 'a', 'split', (1,)), ('m', 'a', 'split', ('',)), ('m', 'a', 'split', (None, 'x')),
         ('m', 'a b c', 'split', (), {'maxsplit': 1}), ('m', 'a b c', 'rsplit', (), {'sep': ' ', 'maxsplit': 1}),
         ('m', 'a', 'split', (), {'x': 1}), ('m', 'a', 'upper', (1,)), ('m', 'a', 'upper', (), {'x': 1}),
         ('m', 'a', 'strip', (1,)), ('m', 'a', 'strip', (1, 2)), ('m', 'a', 'join', ()), ('m', ',', 'join', (['a', 'b'],)),
         ('m', ',', 'join', (('a',),)), ('m', ',', 'join', (['a', 1],)), ('m', ',', 'join', (5,)),
         ('m', ',', 'join', ('abc',)), ('m', ',', 'join', ([],)), ('m', 'a', 'replace', ('a',)),
         ('m', 'a', 'replace', (1, 2)), ('m', 'a', 'replace', ('a', 2)), ('m', 'a', 'center', ()),
         ('m', 'a', 'center', (3, 1)), ('m', 'a', 'center', (3, 'ab')), ('m', 'a', 'startswith', ()),
         ('m', 'abc', 'startswith', (('x', 'a'),)), ('m', 'abc', 'startswith', (('a', 1),)),
         ('m', 'abc', 'startswith', ((1, 'a'),)), ('m', 'abc', 'endswith', (1,)), ('m', 'abc', 'count', (1,)),
         ('m', 'a', 'partition', (1,)), ('m', 'a', 'partition', ('',)), ('m', 'a', 'removeprefix', (1,)),
         ('m', 'a', 'zfill', ('a',)), ('m', '+', 'zfill', (3,)), ('m', 'a', 'expandtabs', ('x',)),
         ('m', 'a', 'expandtabs', (), {'tabsize': 2}), ('m', 'a\tb', 'expandtabs', (0,)),
         ('m', 'abc', 'encode', (), {'errors': 1}), ('m', 'abc', 'encode', (1,)), ('m', 'x', 'encode', ('bogus',)),
         ('m', 'é', 'encode', ('ascii', 'bogus')), ('m', '\ud800', 'encode', ()), ('m', 'éé', 'encode', ('ascii',)),
         ('m', 'a', 'splitlines', ('x',)),
         ('m', 'a\nb', 'splitlines', (), {'keepends': True}), ('m', 'abc', 'translate', (1,)),
         ('m', 'abc', 'translate', ({97: 'xy', 98: None, 99: 1000},)), ('m', 'abc', 'translate', ({97: 1.5},)),
         ('tm', 'str', 'maketrans', (1,)), ('tm', 'str', 'maketrans', ('ab', 'c')),
         ('tm', 'str', 'maketrans', ({'ab': 1},)), ('tm', 'str', 'maketrans', ('a', 'b', 1)),
         ('tm', 'str', 'maketrans', ('ab', 'cd', 'e')), ('tm', 'str', 'maketrans', ({'a': 'b', 98: None},)),
         ('m', 'a', 'format_map', ()), ('m', 'abc', '__getitem__', (1,)), ('m', 'abc', '__len__', ()),
         ('m', 'abc', '__contains__', ('b',)), ('m', 'abc', '__add__', ('d',)), ('m', 'abc', '__add__', (1,)),
         ('m', 'ab', '__mul__', (2,)), ('m', 'ab', '__rmul__', (2,)), ('m', 'ab', '__mul__', ('x',)),
         ('m', '%s', '__mod__', (1,)), ('m', 'ab', '__rmod__', (1,)), ('m', 'a', '__len__', (1,)),
         ('i', 'abc', '[]', ('x',)), ('i', 'abc', '[]', (1.5,)), ('i', 'abc', '[]', (slice(None, None, 0),)),
         ('i', 'abc', '[]', (slice('a', None),)), ('i', 'abc', '[]', (True,)), ('i', 'abc', '[]', (2**70,)),
         ('in', 'abc', 'in', (1,)), ('b', 'a', '+', (1,)), ('b', 'a', '*', ('b',)), ('b', 'a', '*', (1.5,)),
         ('b', 'a', '-', ('b',)), ('c', 'a', '<', (1,)), ('c', 'a', '==', (1,)), ('b', 'ab', '*', (2**70,)),
         ('b', 3, '*', ('ab',)), ('b', 1.5, '*', ('ab',)), ('b', True, '*', ('ab',))]
for args, kw in [((), {}), ((5,), {}), ((b'abc', 'ascii'), {}), ((b'abc',), {'errors': 'strict'}),
                 ((1, 'ascii'), {}), (('a', 'ascii'), {}), ((1, 2), {}), ((b'\xff',), {'encoding': 'latin-1'}),
                 ((b'\xff', 'utf-8'), {}), ((b'\xff', 'utf-8', 'replace'), {}), ((b'a', 'utf-8', 'strict', 1), {}),
                 ((), {'object': 5}), (([1, 'a'],), {}), ((None,), {}), ((1.5,), {}), ((b'ab',), {})]:
    rows.append(('t', None, 'str', args, kw))
# single characters whose case mapping or class Java and Python define differently
for ch in 'µſςŉǰΐǅᾈᾀẞßﬁıİᎠꭰ²①౸ͺ゛ำᾳΣΑΣ\u3000\x85\xa0\u2028\x1c\u00bd\u0660\U0001d7ce':
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isdigit', 'isdecimal',
              'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier',
              'isprintable']:
        rows.append(('m', ch, m, ()))
        rows.append(('m', 'a' + ch + 'b', m, ()))
rows.append(('m', 'ΑΣ ΑΣΑ', 'lower', ()))
write('str_cases.tsv', rows)

# ---- formatting: % and str.format and format() -----------------------------------------------
rows = []
pct = [('%s', 5), ('%s%%', 5), ('a%sb', ()), ('%s', ()), ('%5.2f|%-5d|%05d|%+d|% d', (3.14159, 42, 42, 42, 42)),
       ('%x %X %o %#x %#o %e %E %g %G', (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20)),
       ('%r %a %s', ('é', 'é', 'é')), ('%c%c', (65, 'B')), ('%*d|%-*d|%.*f', (5, 1, 4, 2, 2, 3.14159)),
       ('%(a)s-%(b)r', {'a': 1, 'b': 'x'}), ('%i %u', (3.7, 2.9)), ('%d', True), ('%s', [1, 2]), ('%s', (1, 2)),
       ('%d', 10**30), ('%.3s', 'abcdef'), ('%10.3s|', 'abcdef'), ('%-10s|', 'ab'), ('%%', ()), ('%', ()),
       ('%(a', {'a': 1}), ('%5%', ()), ('%5%', 1), ('%.0f %.1f %.2f', (0.5, 0.25, 2.675)), ('%f', float('inf')),
       ('%d', float('nan')), ('%o', -8), ('%#X', 255), ('%s', None), ('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)),
       ('%c', 'ab'), ('%c', 1114112), ('%x', 1.5), ('%z', 1), ('%(a)s', 1), ('%(a)s %s', {'a': 1}),
       ('%05f', float('inf')), ('%-05d|', 3), ('%+05d', -3), ('%#o', 0), ('%#.3g', 1), ('%.3g', 1), ('%g', 1e-5),
       ('%g', 123456789), ('%.0e', 12345), ('%#.0e', 12345), ('%#.0f', 3), ('%(a)d %(a)x', {'a': 255}),
       ('%s %(a)s', {'a': 1}), ('%c', -1), ('%.2s', 12345), ('%d', 2.5), ('%x', True), ('%5c|', 'a'), ('%a', 1),
       ('%d %d', [1, 2]), ('%s', {'a': 1}), ('x', {'a': 1}), ('x', []), ('x', 5), ('x', ()), ('%*d', ('a', 1)),
       ('%.*f', (1.5, 1.0)), ('%ld', 5), ('% d', 5), ('%e', 0.0), ('%g', 0.0), ('%g', 100000.0), ('%g', 1e6),
       ('%G', float('nan')), ('%F', float('inf')), ('%.3f', -0.0), ('%x', -255), ('%#x', -255),
       ('%08.3f', -3.14159), ('%i', '5'), ('%f', 'x'), ('%e', 'x'), ('%x', 'x'), ('%s and %s', ('a', 'b')),
       ('%.1f', 0.05), ('%.2e', 1.125), ('%10.4f|', 3.14159), ('%-+8.2f|', 2.5), ('%r', 1.0), ('%s', 1e22),
       ('x', b'a'), ('x', 'a'), ('x', 1.5), ('%(a)s', [1]), ('%s', b'a'),
       ('%d', 1e22), ('%.15g', 0.1), ('%.17g', 0.1), ('%5s|%-5s|', ('ab', 'cd')), ('%(x)s%%', {'x': 1})]
for f, a in pct:
    rows.append(('b', f, '%', (a,)))
fmts = [('{} {}', (1, 'a'), {}), ('{0!r:>5}', ('a',), {}), ('{:{w}.{p}f}', (3.14159,), {'w': 8, 'p': 2}),
        ('{a.real} {b[0]} {b[x]}', (), {'a': 1, 'b': {0: 'z', 'x': 'y'}}), ('{0[1]}', ([5, 6],), {}),
        ('{!a}', ('é',), {}), ('{{}} {}', (1,), {}), ('{:>{}}', ('a', 3), {}), ('{0}{0}', ('x',), {}),
        ('{-1}', (), {}), ('{0.foo}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0:{1:{2}}}', (1, 2, 3), {}),
        ('{0:}', (1,), {}), ('{:}', (1,), {}), ('{:d}', ('a',), {}), ('{}{1}', (1, 2), {}), ('{1}{}', (1, 2), {}),
        ('{1}', (1,), {}), ('}', (), {}), ('{', (), {}), ('{0', (), {}), ('{a}', (), {}), ('{!x}', (1,), {}),
        ('{0[}', (1,), {}), ('{0.}', (1,), {}), ('{:,s}', ('a',), {}), ('{:d}', (1.5,), {}), ('{:s}', (1,), {}),
        ('{0!s:^7}|', ('ab',), {}), ('{:08.3f}', (-3.14159,), {}), ('{:,}', (1234567,), {}),
        ('{:_x}', (2**40,), {}), ('{:#b}', (5,), {}), ('{:e}', (12345.678,), {}), ('{:%}', (0.25,), {}),
        ('{:.3}', (3.14159,), {}), ('{:g}', (1e-10,), {}), ('{}', (1e16,), {}), ('{:10}|', ('ab',), {}),
        ('{:10}|', (12,), {}), ('{:<10}|', (1.5,), {}), ('{:*^9}', ('mid',), {}), ('{:=+8}', (42,), {}),
        ('{:c}', (65,), {}), ('{:n}', (1234,), {}), ('{0[0]}{0[1]}', ('ab',), {}), ('{x!r}', (), {'x': 'q'}),
        ('{0.real.imag}', (5,), {}), ('{0[a]}', ({'a': 7},), {}), ('{0]}', (1,), {}), ('{:z}', (1,), {}),
        ('{:.2f}', (True,), {}), ('{}', (True,), {}), ('{:d}', (True,), {}), ('{:>5}', (True,), {}),
        ('{!r}', (True,), {}), ('{:.0f}', (0.5,), {}), ('{:.1f}', (0.05,), {}), ('{:5.1%}', (0.123,), {})]
for f, a, kw in fmts:
    rows.append(('m', f, 'format', a, kw))
rows.append(('m', '{x} {y}', 'format_map', ({'x': 1, 'y': 'z'},)))
rows.append(('m', '{x}', 'format_map', ({},)))
rows.append(('m', '{}', 'format_map', ({},)))
for v, spec in [(255, 'x'), (255, '#X'), (-255, '08b'), (1234567, ','), (3.14159, '.2f'), (0.5, '.0f'),
                (1e100, 'e'), ('abc', '>6'), ('abc', '.2'), (True, 'd'), (True, ''), (12, 's'), (1.5, 'd'),
                ('a', 'd'), (1, 'z'), (-0.0, 'z.1f'), (2**100, ','), (float('inf'), '^9'), (float('nan'), '+'),
                (123.456, '015,.2f'), ('é', '^5')]:
    rows.append(('fmt', v, 'format', (spec,)))
write('format_cases.tsv', rows)

# ---- bytes ---------------------------------------------------------------------------------
bs = [b'', b'a', b'abc', b'a,b,,c', b'  a b  ', b'\xff\x00', b'Hello', b'xxaxx']
rows = []
for b in bs:
    for u in ['len', 'repr', 'str', 'bool', 'list']:
        rows.append(('u', b, u))
    for m in ['hex', 'upper', 'lower', 'split', 'strip', 'lstrip', 'rstrip', 'decode', 'isdigit', 'isalpha',
              'isspace', 'title', 'capitalize', 'swapcase', 'isupper', 'islower', 'isalnum', 'splitlines']:
        rows.append(('m', b, m, ()))
    for sub in [b'', b'a', b'ab', b'x', 97, 256]:
        for m in ['find', 'rfind', 'count', 'index', 'rindex']:
            rows.append(('m', b, m, (sub,)))
        rows.append(('in', b, 'in', (sub,)))
    for sub in [b'', b'a', b'ab', (b'x', b'a')]:
        rows.append(('m', b, 'startswith', (sub,)))
        rows.append(('m', b, 'endswith', (sub,)))
    for sep in [b',', b'a', None]:
        rows.append(('m', b, 'split', (sep,)))
        rows.append(('m', b, 'rsplit', (sep, 1)))
    rows.append(('m', b, 'replace', (b'a', b'XY')))
    rows.append(('m', b, 'replace', (b'', b'-')))
    rows.append(('m', b, 'strip', (b'xa',)))
    rows.append(('m', b, 'partition', (b',',)))
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace']:
            rows.append(('m', b, 'decode', (enc, err)))
    for i in [0, -1, 1, 10]:
        rows.append(('i', b, '[]', (i,)))
    for sl in [slice(None, None, -1), slice(1, None), slice(None, None, 2), slice(0, 2)]:
        rows.append(('i', b, '[]', (sl,)))
    for o in [b'', b'a', b'abd', 'a']:
        for c in ['<', '==', '!=', '>=']:
            rows.append(('c', b, c, (o,)))
    rows.append(('b', b, '+', (b'xy',)))
    rows.append(('b', b, '*', (2,)))
    rows.append(('m', b', ', 'join', ([b, b'q'],)))
    rows.append(('m', b, 'center', (9, b'*')))
rows += [('m', b'\xc3', 'decode', ()), ('m', b'\xc3\x28', 'decode', ()), ('m', b'a\xed\xa0\x80', 'decode', ()),
         ('m', b'\xf8', 'decode', ()), ('m', b'\xe2\x82', 'decode', ()), ('m', b'\xe2\x82\xac', 'decode', ()),
         ('m', b'\xf0\x9f\x98\x80', 'decode', ()), ('m', b'\xf0\x9f\x98', 'decode', ('utf-8', 'replace')),
         ('m', b'x', 'decode', ('bogus',)), ('m', b'a', 'decode', (1, 2, 3)), ('m', b'a', 'decode', (), {'errors': 'ignore'}),
         ('tm', 'bytes', 'fromhex', ('48 65',)), ('tm', 'bytes', 'fromhex', ('zz',)), ('tm', 'bytes', 'fromhex', ('4',)),
         ('tm', 'bytes', 'fromhex', ('',)), ('tm', 'bytes', 'fromhex', (' 4865 6c',)), ('m', b'ab', 'hex', (':',)),
         ('m', b',', 'join', ([b'a', 'b'],)), ('m', b',', 'join', ([b'a', 1],)), ('b', b'a', '+', ('b',)),
         ('b', b'a', '+', (1,)), ('b', 2, '*', (b'ab',)), ('i', b'abc', '[]', ('x',)), ('in', b'abc', 'in', ('a',)),
         ('in', b'abc', 'in', (-1,)), ('m', b'abc', 'find', ('a',)), ('m', b'abc', 'startswith', ('a',)),
         ('m', b'aaa', 'replace', (b'a', b'b', 2)), ('m', b'abc', 'count', (b'', 1))]
for args, kw in [((), {}), ((3,), {}), (([1, 2, 255],), {}), (([256],), {}), ((-1,), {}), (('a',), {}),
                 (('é', 'utf-8'), {}), (('é',), {'encoding': 'latin-1'}), (('é', 'ascii'), {}),
                 ((b'xy',), {}), ((1.5,), {}), ((None,), {}), (((1, 2),), {}), (('a', 'ascii', 'strict'), {}),
                 ((5, 'ascii'), {}), ((range(3),) if False else ((65, 66),), {})]:
    rows.append(('t', None, 'bytes', args, kw))
write('bytes_cases.tsv', rows)
