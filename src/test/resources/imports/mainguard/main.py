import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, __name__)
import tool
tool.main()
if __name__ == '__main__':
    print('main guard ran')
