import p
print(p.VAL, p.sib.S, p.q.deep.D)
import p.q.deep as dd
print(dd.D, dd.__name__)
from p.q import deep
print(deep is dd)
import importlib
importlib.reload(p)
print(p.VAL)
m = __import__('p.q.deep')
print(m.__name__)
m = __import__('p.q.deep', fromlist=['D'])
print(m.__name__)
m = __import__('q.deep', globals={'__name__': 'p.x', '__package__': 'p'}, level=1)
print(m.__name__)
