class Loader:
    def load(self, name):
        print("loading", name)
        return Parser()

class Parser:
    def parse(self, text):
        return text.split(",").count()

rows = Loader().load("data.csv").parse("a,b,c")
