s = "hello World 42"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("they're bill's".title())
print("ÉCOLE".lower(), "straße".upper())
for t in ["123", "abc", "abc123", "   ", "", "ABC", "abc", "Abc", "a1!", "\t\n"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
