def parse(text):
    try:
        return int(text) // 0
    except ZeroDivisionError as exc:
        raise ValueError("bad input: " + text) from exc

def handle(items):
    try:
        return items[3]
    except IndexError:
        return parse("7") + 1

handle([1, 2])
