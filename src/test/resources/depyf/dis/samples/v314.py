# 3.14 and later: template strings.
def template(name, value):
    return t"{name!r}: {value:>10}"
