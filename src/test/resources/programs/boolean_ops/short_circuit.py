def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", "x") or t("b", 1))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(0 or None, 0 and None, "" or [] or {} or "last")
print([] or [1], [1] and [], 5 and 6 and 7)
x = None
y = x or "default"
print(y)
print(1 if t("cond", True) else t("never", 2))
