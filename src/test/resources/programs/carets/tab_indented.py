def area(w, h):
	if w > 0:
		return w * h + 1
	return 0

print(area(2, 3))
print(area(2, "3"))
