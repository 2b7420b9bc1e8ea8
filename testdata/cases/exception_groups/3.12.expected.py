log = []

def raise_group(*excs):
    raise ExceptionGroup('many', list(excs))


def split(*excs):
    try:
        raise_group(*excs)
    except* ValueError as e:
        log.append(('value', len(e.exceptions)))
    except* TypeError:
        log.append('type')
    return len(log)


def after(flag):
    result = 'none'
    try:
        if flag:
            raise_group(KeyError('k'))
        result = 'ok'
    except* KeyError as group:
        result = 'key %d' % len(group.exceptions)
    result += '!'
    return result


def reraised():
    name = None
    try:
        try:
            raise_group(ValueError(1), OSError(2))
        except* ValueError:
            log.append('handled')
    except* OSError as rest:
        name = type(rest.exceptions[0]).__name__
    return name

assert split(ValueError(1), ValueError(2), TypeError(3)) == 2 and log == [('value', 2), 'type']
assert after(True) == 'key 1!' and after(False) == 'ok!'
assert reraised() == 'OSError' and log[-1] == 'handled'
