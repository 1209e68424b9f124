count = 12
head = "x" + count[1:3]
