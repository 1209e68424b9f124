class Temperature:
    def __init__(self, c):
        self.c = c
    @property
    def kelvin(self):
        return self.c + 273.15
    def __lt__(self, other):
        return self.kelvin < other.kelvin

temps = [Temperature(5), Temperature(-3)]
print([t.kelvin for t in sorted(temps)])
temps.append(Temperature("hot"))
sorted(temps)
