print("a",
      "b"
x = 3
