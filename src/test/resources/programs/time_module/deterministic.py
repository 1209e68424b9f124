import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
r = time.sleep(0.01)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(r)
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t1 > 1.6e9, t2 >= t1, p2 - p1 >= 0.009, m2 >= m1)
print(time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
