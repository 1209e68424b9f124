print("_pkg init")
PKG_LEVEL = "package attribute"
