import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"))
print(os.path.basename("/x/y/file.tar.gz"), os.path.dirname("/x/y/file.tar.gz"), os.path.dirname("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".hidden"), os.path.splitext("a/b.c/d"))
print(os.path.basename("dir/"), os.path.dirname("dir/"))
print(os.path.basename(os.getcwd()))
print(os.path.abspath("x.txt") == os.path.join(os.getcwd(), "x.txt"))
print(os.path.exists("paths.py"), os.path.isfile("paths.py"), os.path.isdir("paths.py"))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("no_such_thing_here"))
print(type(os.sep).__name__)
