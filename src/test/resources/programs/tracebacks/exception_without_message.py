class Done(Exception):
    pass

def work():
    print("working")
    raise Done

work()
