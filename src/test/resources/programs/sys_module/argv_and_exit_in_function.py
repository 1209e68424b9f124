import sys
def main(argv):
    print("program name:", argv[0])
    print("args:", argv[1:])
    if len(argv) < 2:
        print("usage: prog ARG", file=sys.stderr)
        return 2
    return 0
sys.exit(main(sys.argv))
