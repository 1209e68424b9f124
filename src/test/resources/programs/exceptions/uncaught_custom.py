class ValidationError(Exception):
    pass

def validate(record):
    if "id" not in record:
        raise ValidationError("record has no id: %r" % (record,))
    return record["id"]

for r in [{"id": 1}, {"id": 2}, {"name": "x"}]:
    print("valid", validate(r))
