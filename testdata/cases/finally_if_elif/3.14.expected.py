def close_after(log, fail, state):
    try:
        if fail:
            raise KeyError(fail)
        log.append('body')
    finally:
        if state == 0:
            log.append('zero')
        elif state == 1:
            log.append('one')
    log.append('after')
    return log


def nested_in_try(log, fail, state):
    try:
        try:
            if fail:
                raise KeyError(fail)
        finally:
            if state == 0:
                pass
            elif state == 1:
                log.append('one')
    except KeyError:
        log.append('caught')
    raise ValueError(len(log))

assert close_after([], None, 0) == ['body', 'zero', 'after']
assert close_after([], None, 1) == ['body', 'one', 'after']
assert close_after([], None, 2) == ['body', 'after']
try:
    close_after([], 'k', 1)
except KeyError:
    pass
for fail, state, n in (None, 0, 0), ('k', 1, 2), ('k', 2, 1):
    try:
        nested_in_try([], fail, state)
    except ValueError as e:
        assert e.args == (n,), (fail, state, e.args)
