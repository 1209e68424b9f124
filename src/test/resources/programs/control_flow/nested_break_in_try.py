def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(loop())
def ret_in_loop():
    while True:
        try:
            return "returned"
        finally:
            print("cleanup before return")
print(ret_in_loop())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
count = 0
while count < 3:
    try:
        count += 1
        if count == 2:
            raise ValueError("two")
    except ValueError as e:
        print("caught", e)
        continue
    else:
        print("else", count)
