import _error_mod

def run():
    _error_mod.fail("raised inside a helper module")

run()
