print('init util', __name__)
def twice(x):
    return 2 * x
