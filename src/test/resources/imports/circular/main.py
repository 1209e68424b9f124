import os
here = os.path.dirname(os.path.abspath(__file__))
import a
print('main sees', a.A, a.b.B)
try:
    import c
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, 'DIR'))
