config = {"host": "localhost", "port": 8080}

def lookup(key):
    return config[key]

print(lookup("host"))
print(lookup("user"))
