s = '🙂emoji🙂'
try:
    print('🙂emoji🙂', 'upper()', repr(s.upper()))
except Exception as ex:
    print('🙂emoji🙂', 'upper()', type(ex).__name__, ex)
s = '🙂emoji🙂'
try:
    print('🙂emoji🙂', 'lower()', repr(s.lower()))
except Exception as ex:
    print('🙂emoji🙂', 'lower()', type(ex).__name__, ex)
s = '🙂emoji🙂'
def f():
    return "🙂"
if f():
    x = "𝔘𝔫𝔦"
    for c in x:
        print(c, ord(c))
