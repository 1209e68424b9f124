print("_pkg.sub init")
