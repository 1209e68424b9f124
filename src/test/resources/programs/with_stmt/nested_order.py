log = []
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("open " + self.n)
        return self
    def __exit__(self, *exc):
        log.append("close " + self.n)
with R("a") as a, R("b") as b:
    with R("c"):
        log.append("work")
print(log)
log.clear()
try:
    with R("1"), R("2"):
        raise KeyError("x")
except KeyError:
    log.append("handled")
print(log)
