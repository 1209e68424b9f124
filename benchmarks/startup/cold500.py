# cold500.py: a 500-line program for the cold-start measurement (parse, compile and run once).
# Generated once; every run prints the same checksum.
import math

class Shape0:
    def __init__(self, w, h):
        self.w = w + 0
        self.h = h
    def area(self):
        return self.w * self.h

def work0(n, scale=1):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-0' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape0(n, 2).area()

class Shape1:
    def __init__(self, w, h):
        self.w = w + 1
        self.h = h
    def area(self):
        return self.w * self.h

def work1(n, scale=2):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-1' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape1(n, 2).area()

class Shape2:
    def __init__(self, w, h):
        self.w = w + 2
        self.h = h
    def area(self):
        return self.w * self.h

def work2(n, scale=3):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-2' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape2(n, 2).area()

class Shape3:
    def __init__(self, w, h):
        self.w = w + 3
        self.h = h
    def area(self):
        return self.w * self.h

def work3(n, scale=4):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-3' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape3(n, 2).area()

class Shape4:
    def __init__(self, w, h):
        self.w = w + 4
        self.h = h
    def area(self):
        return self.w * self.h

def work4(n, scale=5):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-4' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape4(n, 2).area()

class Shape5:
    def __init__(self, w, h):
        self.w = w + 5
        self.h = h
    def area(self):
        return self.w * self.h

def work5(n, scale=6):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-5' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape5(n, 2).area()

class Shape6:
    def __init__(self, w, h):
        self.w = w + 6
        self.h = h
    def area(self):
        return self.w * self.h

def work6(n, scale=7):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-6' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape6(n, 2).area()

class Shape7:
    def __init__(self, w, h):
        self.w = w + 7
        self.h = h
    def area(self):
        return self.w * self.h

def work7(n, scale=1):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-7' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape7(n, 2).area()

class Shape8:
    def __init__(self, w, h):
        self.w = w + 8
        self.h = h
    def area(self):
        return self.w * self.h

def work8(n, scale=2):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-8' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape8(n, 2).area()

class Shape9:
    def __init__(self, w, h):
        self.w = w + 9
        self.h = h
    def area(self):
        return self.w * self.h

def work9(n, scale=3):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-9' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape9(n, 2).area()

class Shape10:
    def __init__(self, w, h):
        self.w = w + 10
        self.h = h
    def area(self):
        return self.w * self.h

def work10(n, scale=4):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-10' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape10(n, 2).area()

class Shape11:
    def __init__(self, w, h):
        self.w = w + 11
        self.h = h
    def area(self):
        return self.w * self.h

def work11(n, scale=5):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-11' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape11(n, 2).area()

class Shape12:
    def __init__(self, w, h):
        self.w = w + 12
        self.h = h
    def area(self):
        return self.w * self.h

def work12(n, scale=6):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-12' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape12(n, 2).area()

class Shape13:
    def __init__(self, w, h):
        self.w = w + 13
        self.h = h
    def area(self):
        return self.w * self.h

def work13(n, scale=7):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-13' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape13(n, 2).area()

class Shape14:
    def __init__(self, w, h):
        self.w = w + 14
        self.h = h
    def area(self):
        return self.w * self.h

def work14(n, scale=1):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-14' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape14(n, 2).area()

class Shape15:
    def __init__(self, w, h):
        self.w = w + 15
        self.h = h
    def area(self):
        return self.w * self.h

def work15(n, scale=2):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-15' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape15(n, 2).area()

class Shape16:
    def __init__(self, w, h):
        self.w = w + 16
        self.h = h
    def area(self):
        return self.w * self.h

def work16(n, scale=3):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-16' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape16(n, 2).area()

class Shape17:
    def __init__(self, w, h):
        self.w = w + 17
        self.h = h
    def area(self):
        return self.w * self.h

def work17(n, scale=4):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-17' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape17(n, 2).area()

class Shape18:
    def __init__(self, w, h):
        self.w = w + 18
        self.h = h
    def area(self):
        return self.w * self.h

def work18(n, scale=5):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-18' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape18(n, 2).area()

class Shape19:
    def __init__(self, w, h):
        self.w = w + 19
        self.h = h
    def area(self):
        return self.w * self.h

def work19(n, scale=6):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-19' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape19(n, 2).area()

class Shape20:
    def __init__(self, w, h):
        self.w = w + 20
        self.h = h
    def area(self):
        return self.w * self.h

def work20(n, scale=7):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-20' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape20(n, 2).area()

class Shape21:
    def __init__(self, w, h):
        self.w = w + 21
        self.h = h
    def area(self):
        return self.w * self.h

def work21(n, scale=1):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-21' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape21(n, 2).area()

class Shape22:
    def __init__(self, w, h):
        self.w = w + 22
        self.h = h
    def area(self):
        return self.w * self.h

def work22(n, scale=2):
    total = 0
    for k in range(n):
        if k % 3 == 0:
            total += k * scale
        elif k % 3 == 1:
            total -= len(str(k))
        else:
            total += int(math.sqrt(k))
    words = [f'{w}-22' for w in ('a', 'bb', 'ccc') if w]
    return total + sum(len(w) for w in words) + Shape22(n, 2).area()


def main():
    checksum = 0
    checksum += work0(10)
    checksum += work1(11)
    checksum += work2(12)
    checksum += work3(13)
    checksum += work4(14)
    checksum += work5(15)
    checksum += work6(16)
    checksum += work7(17)
    checksum += work8(18)
    checksum += work9(19)
    checksum += work10(20)
    checksum += work11(21)
    checksum += work12(22)
    checksum += work13(23)
    checksum += work14(24)
    checksum += work15(25)
    checksum += work16(26)
    checksum += work17(27)
    checksum += work18(28)
    checksum += work19(29)
    checksum += work20(30)
    checksum += work21(31)
    checksum += work22(32)
    print('cold500', checksum)































main()
