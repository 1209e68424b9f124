n = 1abc
