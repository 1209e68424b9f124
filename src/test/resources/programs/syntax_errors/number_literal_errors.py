for src in ["1__0", "1_", "1_a", "0x", "0x_", "0x1__2", "0b2", "0b1_", "0o8", "0o1__", "1e", "1e+", "1e_1", "1.5_", "1._5", "0_7", "07", "1.e__1", "0b", "0o", "1__0j", "1_000_", "0xg", "1.0__1", "1e1__0", "0b12", "0o19", "9abc", "1if 1 else 2", "0x1for", "1_e1"]:
    try:
        compile("x = " + src + "\n", "f", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, repr(e.msg), e.offset, e.end_offset)
