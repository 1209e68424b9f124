import sys
def main():
    print("checking")
    sys.exit("fatal: configuration missing")
main()
