class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e

print(load({"a": 1}, "a"))
load({"a": 1}, "b")
