for args in [('utf-8', b'\xff', 0, 1, 'invalid start byte'), ('utf-8', b'\xff\xfe', 0, 2, 'bad'), ('x',), (), ('utf-8', 'str', 0, 1, 'r'), ('utf-8', b'a', 0, 0, 'r'), ('utf-8', b'ab', 5, 9, 'r')]:
    try:
        e = UnicodeDecodeError(*args); print(repr(str(e)), e.args, e.encoding, e.object, e.start, e.end, e.reason)
    except TypeError as x: print('TypeError', x)
for args in [('ascii', 'é', 0, 1, 'ordinal not in range(128)'), ('ascii', '\U0001f642x', 0, 2, 'r'), ('ascii', '\u2603', 0, 1, 'r'), ('ascii', b'x', 0, 1, 'r'), ('ascii', 'a\U0001f642', 1, 2, 'r')]:
    try:
        e = UnicodeEncodeError(*args); print(repr(str(e)), e.start, e.end, e.reason, repr(e.object))
    except TypeError as x: print('TypeError', x)
try: b'\xff'.decode()
except UnicodeDecodeError as e: print(e.args, e.start, e.end, e)
try: 'aé☃'.encode('ascii')
except UnicodeEncodeError as e: print(e.args, e.start, e.end, e)
try: b'ab\xffcd\xfe'.decode('utf-16-le')
except UnicodeDecodeError as e: print(e.args, e)
e = UnicodeError('plain'); print(str(e), e.args)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'x'); e.reason = 'changed'; e.start = 0; print(e)
class MyErr(UnicodeDecodeError): pass
print(MyErr('utf-8', b'\x80', 0, 1, 'mine'))
