def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key %r" % k) from None

get({}, "x")
