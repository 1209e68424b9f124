# uncaught IndexError inside a method call chain
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def peek(self):
        return self.items[-1]

s = Stack()
s.push(1)
print(s.peek())
s.items.clear()
print(s.peek())
