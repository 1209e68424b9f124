a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -16 >> 2, -1 >> 100, 1 << 100)
print(~0, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
print(bin(a), hex(255), oct(8), bin(-5), hex(-255))
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
x = 0xF0
x &= 0x3C
x |= 1
x ^= 0xFF
x <<= 2
x >>= 1
print(x)
