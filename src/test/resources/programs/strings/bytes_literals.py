b = b'hello'
print(b, type(b).__name__)
print(b[0], b[-1], b[1:3])
print(len(b), b + b' world', b * 2)
print(b'\x00\xff', b'\n', rb'\n')
print(list(b'abc'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat')
print(b'caf\xc3\xa9'.decode('utf-8'))
print('café'.encode('utf-8'))
print(b'hello'.decode())
print(repr(b"it's"), repr(b'say "x"'))
print(bytes(3), bytes([65, 66]))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for x in b'hi':
    print(x)
