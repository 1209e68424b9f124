class Quiet(Exception):
    def __str__(self):
        return ""

def go():
    raise Quiet("hidden args")

go()
