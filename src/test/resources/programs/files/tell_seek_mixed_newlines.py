# tell()/seek() round trips on text files with mixed line ends, against CPython
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n

pieces = ["a", "bc", "\r", "\n", "\r\n", "é", "€", "xyz", "\r\r", "\n\r", "😀"]
def make(size, tail):
    out = []
    n = 0
    while n < size:
        p = pieces[rnd(len(pieces))]
        out.append(p)
        n += len(p.encode("utf-8"))
    return "".join(out) + tail

NAME = "_tmp_stress.txt"
for case in range(8):
    enc = "utf-8" if case % 3 else "latin-1"
    text = make(9000 + rnd(9000), ["\r", "\r\n", "x\r", ""][case % 4])
    if enc == "latin-1":
        text = text.replace("€", "e").replace("😀", "q")
    data = text.encode(enc)
    # put a lone '\r' at the 8192-byte chunk edge in some cases
    if case % 2 == 0 and len(data) > 8200:
        i = 8191
        while 0x80 <= data[i] < 0xc0:
            i -= 1
        data = data[:i] + b"a" * (8191 - i) + b"\r" + data[i:]
    with open(NAME, "wb") as f:
        f.write(data)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        log = []
        marks = []
        with open(NAME, encoding=enc, newline=nl) as f:
            for step in range(30):
                op = rnd(9)
                try:
                    if op == 0:
                        s = f.read(rnd(20))
                    elif op == 1:
                        s = f.read(rnd(9000))
                    elif op == 2:
                        s = f.readline()
                    elif op == 3:
                        s = f.readline(rnd(10))
                    elif op == 4:
                        c = f.tell()
                        marks.append(c)
                        s = c
                    elif op == 5 and marks:
                        c = marks[rnd(len(marks))]
                        s = (f.seek(c), f.read(5))
                    elif op == 6:
                        k = 0
                        s = ""
                        for line in f:
                            s += line
                            k += 1
                            if k == 3:
                                break
                        if rnd(4) == 0:
                            f.seek(0)
                    elif op == 7:
                        s = (f.seek(0), f.newlines)
                    else:
                        s = (f.newlines, f.tell())
                except OSError as e:
                    s = "OSError " + str(e)
                log.append(repr(s)[:60])
        print(case, enc, repr(nl), len(data))
        for entry in log:
            print("  ", entry)
import os
os.remove(NAME)
