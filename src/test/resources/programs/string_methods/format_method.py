print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0!r} {0!s}".format("q"))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:08.3f}".format(3.14159))
print("{:,}".format(1234567), "{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
print("{{literal}} {}".format(1))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 5
print("{0.x}".format(P()))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
