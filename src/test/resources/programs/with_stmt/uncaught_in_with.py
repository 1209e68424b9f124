class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release after", et.__name__)

with Resource():
    print("using")
    raise RuntimeError("failure while using resource")
