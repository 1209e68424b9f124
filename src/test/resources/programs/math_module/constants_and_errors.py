import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.inf > 1e308)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5)]:
    try:
        print(f(arg))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), math.sqrt(0.0))
