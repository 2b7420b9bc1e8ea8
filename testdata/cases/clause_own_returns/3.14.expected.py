







class Coro:
    def __init__(self, cr=None, gi=None):
        if cr is not None:
            self.cr_running = cr
        if gi is not None:
            self.gi_running = gi
    def x(self):
        self.seen = True


def is_running(coro):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
        except AttributeError:
            return False


def own_return(coro):
    try:
        return coro.cr_running
    except AttributeError:
        return False


def return_after_inner_try(coro):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
        except AttributeError:
            coro.x()
        return False


def return_after_try(coro):
    try:
        return coro.cr_running
    except AttributeError:
        coro.x()
    return False


def clause_returns_computed(coro):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
        except AttributeError:
            return coro.x() or 'none'


def falls_off_to_none(coro):
    try:
        return coro.cr_running
    except AttributeError:
        pass


def named_clause_nested_try_falls_off(handler, log):
    try:
        handler('first')
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        try:
            handler(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            log.append('both failed')


def fails(arg):
    raise ValueError(arg)

for f in is_running, return_after_inner_try, clause_returns_computed:
    assert f(Coro(cr=1)) == 1 and f(Coro(gi=2)) == 2
assert is_running(Coro()) is False and return_after_inner_try(Coro()) is False
assert clause_returns_computed(Coro()) == 'none'
for f in own_return, return_after_try:
    assert f(Coro(cr=3)) == 3 and f(Coro()) is False
assert falls_off_to_none(Coro()) is None
log = []
assert named_clause_nested_try_falls_off(fails, log) is None and log == ['both failed']
assert named_clause_nested_try_falls_off(log.append, log) is None and log == ['both failed', 'first']
