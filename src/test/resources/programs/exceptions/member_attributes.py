e = StopIteration(5); print(e.__dict__, e.value)
o = OSError(2, "nf", "f"); print(type(o), o.__dict__, o.errno, o.strerror, o.filename, o.filename2, o.args)
print(OSError(1,'a',None).args, OSError(1,'a','f').args, OSError(1).args, OSError(1,2,3,4,5,6).args, OSError(1,2,3,4,5,6).errno)
print(str(OSError(1,'a',None,None,'f2')), OSError(1,'a',None,None,'f2').args)
print(str(OSError(1,'a','f1',None,'f2')))
print(repr(OSError(2,'x','f')), repr(OSError(13, 'p')), type(OSError(32,'x')).__mro__)
class M(OSError): pass
print(type(M(2,'x')))
try: compile("x = (", "f", "exec")
except SyntaxError as s: print(s.__dict__, s.msg, s.lineno, s.offset, s.end_offset, s.text, s.filename, s.print_file_and_line)
e = StopIteration(1); del e.value; print(e.value)
e = AttributeError('x', name='n', obj=3); print(e.name, e.obj, e.args, e.__dict__)
e = NameError('x', name='n'); print(e.name)
e = ImportError('m', name='a', path='p'); print(e.msg, e.name, e.path, e.args)
for f in (lambda: ImportError('m', foo=1), lambda: NameError('m', foo=1), lambda: StopIteration(x=1), lambda: SyntaxError('m', 'x'), lambda: SyntaxError('m', (1,2,3,4,5,6,7)), lambda: OSError(1,'x').characters_written):
    try: f()
    except (TypeError, AttributeError) as x: print(type(x).__name__, x)
class MyImp(ImportError): pass
try: MyImp(foo=1)
except TypeError as x: print(x)
o = OSError(1, 'x'); o.characters_written = 5; print(o.characters_written); del o.characters_written
try: del o.characters_written
except AttributeError as x: print('AE', x)
try:
    raise ValueError("x")
except ValueError as e:
    e.add_note("note1"); e.add_note("n2")
    print(e.__notes__, e.__dict__)
    try: e.add_note(3)
    except TypeError as x: print(x)
e = ValueError(1, 2); e.foo = 3; print(e.__reduce__(), KeyError('k').__reduce__())
e2 = ValueError(); e2.__setstate__({'a': 1}); print(e2.a)
print(SyntaxError('m', ('f', 1, 2, 't')).text, SyntaxError('m', ('f', 1, 2, 't', 3, 4)).end_offset)
s = SystemExit(1, 2); print(s.code)
print(ConnectionRefusedError.__mro__, BlockingIOError(11, 'x').errno)
print(issubclass(InterruptedError, OSError), ProcessLookupError, ChildProcessError)
try: import nosuchmod
except ImportError as e: print(e.name, e.path, e.msg, e.__dict__)
try: open('/nonexist/x')
except OSError as e: print(type(e).__name__, e.errno, e.filename, e.args, e)
try: undefined_x
except NameError as e: print(e.name, e.__dict__)
try: (1).foo
except AttributeError as e: print(e.name, e.obj, e.__dict__)
