tests=[(b'\x00','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\xff\xfea\x00','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'a\x00','utf-16'),(b'a\x00\x00','utf-32'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'\xff\xfe\x00\x00a\x00\x00\x00','utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a','utf-32'),
 (b'\x00','utf-16'),(b'\xfe\xff\x00','utf-16'),(b'\xff\xfe\x00\xdc','utf-16'),(b'a\x00\x00\xd8\x00','utf-16-le'), (b'\x00\xd8\x00\xd8','utf-16-le'), (b'\x00\xd8\x00','utf-16-le'), (b'=\xd8B\xde', 'utf-16-le'), (b'\xd8=\xdeB', 'UTF-16BE'), (b'', 'utf-16'), (b'\xff\xff\xff\xff', 'utf-32-le')]
for d,c in tests:
    for err in ('strict','replace','ignore','backslashreplace'):
        try: print(d,c,err,repr(d.decode(c, err)))
        except Exception as e: print(d,c,err,type(e).__name__,e)
for s in ['a','é☃','\U0001f642','\ud800x', '']:
    for c in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-be', 'UTF16', 'utf_32_le']:
        try: print(repr(s),c,s.encode(c))
        except Exception as e: print(repr(s),c,type(e).__name__,e)
    for err in ['xmlcharrefreplace','replace','backslashreplace','ignore']:
        try: print(repr(s),'ascii',err,s.encode('ascii',err), s.encode('latin-1', err))
        except Exception as e: print(repr(s),err,type(e).__name__,e)
print('\ud800'.encode('utf-16', 'replace'), '\ud800'.encode('utf-16-le', 'backslashreplace'), '\ud800'.encode('utf-8', 'xmlcharrefreplace'))
try: b'a'.decode('ascii', 'xmlcharrefreplace')
except Exception as e: print(type(e).__name__, e)
try: b'\xff'.decode('ascii', 'xmlcharrefreplace')
except Exception as e: print(type(e).__name__, e)
for s in ['héllo wörld ☃ 🙂', 'plain']:
    for c in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
        assert s.encode(c).decode(c) == s, (s, c)
print("roundtrip ok")
