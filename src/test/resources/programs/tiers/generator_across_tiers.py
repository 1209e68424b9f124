def gen():
    try:
        for i in range(5):
            x = yield i
            if x: print('sent', x)
    finally:
        print('closed')
g = gen()
print(next(g), next(g))
def hot(): pass
for _ in range(10): hot()
print(g.send('a'))
print(next(g))
g.close()
