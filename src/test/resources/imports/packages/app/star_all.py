__all__ = ['public', '_private_listed']
public = 1
_private_listed = 2
hidden = 3
