# Shapes reduced from standard-library functions that fell back (3.13, 3.14)

# 3.13+: a for loop ending an except clause: a break goes to the clause's end (POP_EXCEPT, a jump to the
# code after the try), a block without a line the compiler copies into the break after the iterator's
# pop (inspect._getmembers)


def lookup_else_continue(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            for base in mro:
                if key in base:
                    value = base[key]
                    break
            else:
                continue
        results.append((key, value))
    return results


def getter(key):
    if key.startswith('x'):
        raise KeyError(key)
    return key.upper()


assert lookup_else_continue(['a', 'xb', 'xc'], getter, [{'q': 1}, {'xb': 2}]) == [('a', 'A'), ('xb', 2)]
assert lookup_else_continue([], getter, []) == []


def lookup_no_else(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            value = None
            for base in mro:
                if key in base:
                    value = base[key]
                    break
        results.append((key, value))
    return results


assert lookup_no_else(['a', 'xb', 'xc'], getter, [{'xb': 2}, {'xb': 3}]) == [('a', 'A'), ('xb', 2), ('xc', None)]


def lookup_else_value(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError as e:
            for base in mro:
                if key in base:
                    value = base[key]
                    break
            else:
                value = e.args[0] * 2
        results.append((key, value))
    return results


assert lookup_else_value(['a', 'xb', 'xc'], getter, [{'xb': 2}]) == [('a', 'A'), ('xb', 2), ('xc', 'xcxc')]


def lookup_in_branch(names, getter, mro, deep):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            if deep:
                for base in mro:
                    if base is None:
                        value = 'none'
                        break
                    if key in base:
                        value = base[key]
                        break
                else:
                    value = 'missing'
            else:
                value = 'shallow'
        results.append(value)
    return results


assert lookup_in_branch(['a', 'xb', 'xc'], getter, [{'xb': 2}], True) == ['A', 2, 'missing']
assert lookup_in_branch(['xa', 'xc'], getter, [{}, None, {'xc': 1}], True) == ['none', 'none']
assert lookup_in_branch(['a', 'xb'], getter, [{'xb': 2}], False) == ['A', 'shallow']
