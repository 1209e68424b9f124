print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
host, _, port = "localhost:8080".partition(":")
print(host, int(port) + 1)
