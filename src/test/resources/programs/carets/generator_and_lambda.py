def halves(values):
    for v in values:
        yield v / 2

scale = lambda x: x["factor"] * 2
print(list(halves([2, 4])), scale({"factor": 3}))
print(sum(map(scale, [{"factor": 1}, {"size": 2}])))
