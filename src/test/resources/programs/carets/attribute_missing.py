class User:
    def __init__(self, name):
        self.name = name
        self.profile = None

u = User("ada")
print(u.name.upper())
email = u.profile.email.lower()
