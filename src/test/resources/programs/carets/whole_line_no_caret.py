def validate(data):
    if not data:
        raise ValueError("empty input")
    return data

def process(data):
    validate(data)
    return len(data)

print(process([1, 2]))
process([])
