count = 3
print("café", count)
message = "café crème: " + count
