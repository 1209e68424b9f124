class Settings:
    name = "app"
    size = len(name) * undefined_factor

print("unreachable")
