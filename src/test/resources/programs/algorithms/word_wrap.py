text = ("Python is a programming language that lets you work quickly and integrate systems more "
        "effectively. It is used for web development, data analysis, automation and teaching.")
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for width in (30, 45):
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|")
    print()
for line in wrap(text, 40):
    print(line.center(40, "."))
