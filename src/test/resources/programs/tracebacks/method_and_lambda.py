class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.convert(part) for part in self.text.split(",")]
    def convert(self, s):
        f = lambda v: float(v)
        return f(s)

print(Parser("1,2.5").parse())
Parser("3,x").parse()
