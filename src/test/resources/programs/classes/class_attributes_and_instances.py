class Config:
    defaults = {"debug": False}
    version = 1
    def __init__(self, **kw):
        self.settings = dict(self.defaults)
        self.settings.update(kw)
c1 = Config(debug=True)
c2 = Config()
print(c1.settings, c2.settings, Config.defaults)
Config.version += 1
print(c1.version, c2.version)
c1.version = 10
print(c1.version, c2.version, Config.version)
del c1.version
print(c1.version)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
