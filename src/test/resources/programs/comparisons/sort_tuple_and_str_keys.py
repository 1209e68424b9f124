import random
random.seed(5)
words = ['a', 'b', 'ab', 'ba', '', 'zz', '\U0001F600', '\uffff', '\ue000', 'x\U0001F600', 'x\uffff', 'é', 'ü']
ks = [(random.choice([1, 2, -1, 10**30, 10**30+1]), random.choice(words)) for _ in range(300)]
print(sorted(ks)[:40])
print(sorted(words))
print(sorted(ks, reverse=True)[:10])
pairs = [(x, y) for x in words for y in words]
print(sum(1 for x, y in pairs if x < y), sum(1 for x, y in pairs if (x,) < (y,)), sum(1 for x, y in pairs if [x, 1] <= [y, 0]))
print((1, 'a') == (1, 'a'), (1, 'a') != (1, 'b'), (1, 'a') > (1, 'B'), (2.0, 'a') < (2, 'b'), (float('nan'), 1) < (float('nan'), 2))
class S(str):
    def __lt__(self, o): return True
print(sorted([S('b'), S('a')]), (S('b'),) < (S('a'),))
