# a comment line
x = 1; y = 2; z = x + y  # trailing comment
print(x, y, z)
if z == 3: print("inline if body"); print("second")
for i in range(2): print("loop", i); print("again", i)
   # an indented comment does not matter
def f(): return "one-liner"
print(f())
s = "# not a comment"
print(s)
print(len("a;b;c".split(";")))
while False: pass
class C: pass
print(C.__name__)
