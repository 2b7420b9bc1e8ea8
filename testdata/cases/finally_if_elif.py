# A finally body ending in if/elif (2026-12-04, eleventh session): the normal exit's copy has the
# then-branch jump past the elif to the code after the statement, while the handler's copy reraises in
# each branch. FinallyCopy.end took that jump for an exit of its own and found no copy (3.12-3.14 fell
# back: "no copy of the finally body after the try body"; multiprocessing.connection's
# PipeConnection._recv_bytes on 3.14).


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
for fail, state, n in ((None, 0, 0), ('k', 1, 2), ('k', 2, 1)):
    try:
        nested_in_try([], fail, state)
    except ValueError as e:
        assert e.args == (n,), (fail, state, e.args)
