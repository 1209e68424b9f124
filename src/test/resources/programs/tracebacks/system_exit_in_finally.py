import sys
try:
    print("body")
    sys.exit(4)
finally:
    print("finally still runs")
