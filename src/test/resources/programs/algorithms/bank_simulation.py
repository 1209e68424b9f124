class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amt))
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return "Account(%d, %r, %d)" % (self.id, self.owner, self.balance)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except KeyError:
            raise LookupError("no account %d" % src) from None
        self.accounts[dst].deposit(amt)
bank = Bank()
a = bank.open("ann", 100)
b = bank.open("bob")
bank.transfer(a.id, b.id, 30)
for src, dst, amt in [(b.id, a.id, 50), (9, a.id, 1), (a.id, b.id, -5)]:
    try:
        bank.transfer(src, dst, amt)
    except (InsufficientFunds, LookupError, ValueError) as e:
        print(type(e).__name__, e)
print(bank.accounts, a.history, b.history)
print(sum(acc.balance for acc in bank.accounts.values()))
