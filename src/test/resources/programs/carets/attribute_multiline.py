class Box:
    size = 3

box = Box()
print(box
      .size)
value = (box
         .weight)
