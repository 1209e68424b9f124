print("never printed")
nonlocal y
