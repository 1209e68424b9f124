import sys
print('sub sees itself', __name__ in sys.modules)
raise ZeroDivisionError('sub failed')
