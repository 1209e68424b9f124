def load(path):
    with open(path) as f:
        return f.read()

print("loading")
load("_this_file_does_not_exist.txt")
