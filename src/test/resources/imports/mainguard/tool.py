def main():
    print('tool.main, __name__ =', __name__)
if __name__ == '__main__':
    print('never printed on import')
