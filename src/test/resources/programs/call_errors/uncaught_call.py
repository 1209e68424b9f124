def connect(host, port):
    return host + ":" + str(port)

def main():
    print(connect("localhost", 80))
    print(connect("localhost"))

main()
