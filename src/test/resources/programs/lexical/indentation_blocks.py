# nested blocks with varying indentation widths
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
      return "zero"
    else:
            if n % 2:
                    return "odd"
            return "even"

for i in range(-2, 4):
    print(i, classify(i))

x = 0
while x < 3:
  x += 1
  if x == 2:
      continue
  print("x", x)
class K:
 def m(self):
  return "one-space"
print(K().m())
