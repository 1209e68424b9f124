try:
    {}["k"]
except KeyError as e:
    print("missing", e)
finally:
    print("done")
