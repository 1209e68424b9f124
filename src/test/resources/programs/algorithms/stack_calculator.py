def tokenize(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                out.append(num); num = ""
            if ch in "+-*/()":
                out.append(ch)
            elif not ch.isspace():
                raise SyntaxError("bad character %r" % ch)
    if num:
        out.append(num)
    return out
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(float(t) if "." in t else int(t))
    return out + ops[::-1]
def evaluate(rpn):
    st = []
    for t in rpn:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t] if t != "/" else a / b)
        else:
            st.append(t)
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "1.5 * 4", "7 / 0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(expr, "=>", rpn, "=", evaluate(rpn))
    except (ZeroDivisionError, SyntaxError) as e:
        print(expr, "error:", type(e).__name__, e)
