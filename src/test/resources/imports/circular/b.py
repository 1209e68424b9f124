print('b starts')
import a
import sys
print('b sees partial a:', hasattr(a, 'A'), sys.modules['a'] is a)
B = 'b-value'
