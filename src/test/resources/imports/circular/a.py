print('a starts')
import b
print('a continues, b.B =', b.B)
A = 'a-value'
