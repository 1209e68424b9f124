s = """first
second
  third"""
print(s)
print(len(s.splitlines()))
t = '''a 'quoted' "word"'''
print(t)
print(r'raw\nstring', r"C:\dir\file")
print(len(r'\n'))
print(repr(r'\d+\.\d'))
u = """\
no leading newline"""
print(u)
print('abc' 'def' "ghi")
print(R'RAW\t')
