config = {"db": {"host": "localhost", "port": 5432}}

def setting(section, key):
    value = config[section][key]
    return value

print(setting("db", "port"))
print(setting("db", "user"))
