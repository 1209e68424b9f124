__all__ = ['helper', 'util']
print('init app', __name__, __package__)
def helper():
    return 'helped'
