# Found on 2026-12-04 (fourteenth session), from the standard library (multiprocessing.resource_tracker.main
# fell back on 3.12-3.14): a finally body holding `try: try: x() / except E as e: y(e) / finally: pass`,
# in a for loop. The empty inner finally lets the nested clause fall straight into the end of the outer
# finally body: the handler's copy ends that clause with its own RERAISE, which FinallyExits.merge took
# for the clause leaving early ("finally clause left early"); and in the loop, the handler's copy jumps
# forward to the loop's jump back where the normal exit's copy jumps back straight ("no copy of the finally
# body after the try body"), which FinallyCopy.end now pairs.
class E1(Exception):
    pass


class E2(Exception):
    pass


FELL = ('fell back',)


class Budget(Exception):
    pass


def run(answers, f):
    """f's result (or the name of the exception it raised) and what it logged; answers drive every test,
    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).
    FELL when f fell back to its disassembly (its honest raise)."""
    seen = []
    it = iter(answers)

    calls = [0]

    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()        # a loop the answers no longer drive
        return next(it, 0)

    def t(k):
        seen.append(k)

    def x(k):
        seen.append(-k)
        a = next(it, 0)
        if a == 1:
            raise E1(k)
        if a == 2:
            raise E2(k)

    def n():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()        # a loop over loops the answers no longer drive
        return range(next(it, 0))

    class m:
        def __init__(self, k):
            self.k = k

        def __enter__(self):
            seen.append(('enter', self.k))
            return self.k

        def __exit__(self, typ, value, tb):
            suppress = typ is not None and next(it, 0) % 2 == 1
            seen.append(('exit', self.k, suppress))
            return suppress

    try:
        result = f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def finally_try_except_finally_pass(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1 as e:
            t(e.args[0] + 10)
        finally:
            pass
    return 3


def finally_nested_finally_pass(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            try:
                x(2)
            except E1 as e:
                t(e.args[0] + 10)
        finally:
            pass
    return 3


def finally_loop_nested_finally_pass(c, t, x, n, m):
    try:
        x(1)
    finally:
        for k in n():
            try:
                try:
                    x(2)
                except E1 as e:
                    t(e.args[0] + 10)
            finally:
                pass
    return 3


def resource_tracker_shape(c, t, x, n, m):
    cache = {1: [2, 3], 4: []}
    try:
        with m(1):
            for k in n():
                try:
                    x(k)
                except E1:
                    try:
                        x(5)
                    except:
                        pass
    finally:
        for key, names in cache.items():
            if names:
                try:
                    t(key)
                except E2:
                    pass
            for name in names:
                try:
                    try:
                        x(name)
                    except E1 as e:
                        t(e.args[0] + 10)
                finally:
                    pass
    return 6

assert run([], finally_try_except_finally_pass) in ((3, [-1, -2]), FELL)
assert run([1], finally_try_except_finally_pass) in (('E1', [-1, -2]), FELL)
assert run([2], finally_try_except_finally_pass) in (('E2', [-1, -2]), FELL)
assert run([0, 1], finally_try_except_finally_pass) in ((3, [-1, -2, 12]), FELL)
assert run([1, 1], finally_try_except_finally_pass) in (('E1', [-1, -2, 12]), FELL)
assert run([2, 1], finally_try_except_finally_pass) in (('E2', [-1, -2, 12]), FELL)

assert run([], finally_nested_finally_pass) in ((3, [-1, -2]), FELL)
assert run([1], finally_nested_finally_pass) in (('E1', [-1, -2]), FELL)
assert run([2], finally_nested_finally_pass) in (('E2', [-1, -2]), FELL)
assert run([0, 1], finally_nested_finally_pass) in ((3, [-1, -2, 12]), FELL)
assert run([1, 1], finally_nested_finally_pass) in (('E1', [-1, -2, 12]), FELL)
assert run([2, 1], finally_nested_finally_pass) in (('E2', [-1, -2, 12]), FELL)

assert run([], finally_loop_nested_finally_pass) in ((3, [-1]), FELL)
assert run([1], finally_loop_nested_finally_pass) in (('E1', [-1]), FELL)
assert run([2], finally_loop_nested_finally_pass) in (('E2', [-1]), FELL)
assert run([0, 1], finally_loop_nested_finally_pass) in ((3, [-1, -2]), FELL)
assert run([0, 2], finally_loop_nested_finally_pass) in ((3, [-1, -2, -2]), FELL)
assert run([1, 1], finally_loop_nested_finally_pass) in (('E1', [-1, -2]), FELL)

assert run([], resource_tracker_shape) in ((6, [('enter', 1), ('exit', 1, False), 1, -2, -3]), FELL)
assert run([1], resource_tracker_shape) in ((6, [('enter', 1), 0, ('exit', 1, False), 1, -2, -3]), FELL)
assert run([2], resource_tracker_shape) in ((6, [('enter', 1), 0, -1, ('exit', 1, False), 1, -2, -3]), FELL)
assert run([0, 1], resource_tracker_shape) in ((6, [('enter', 1), ('exit', 1, False), 1, -2, 12, -3]), FELL)
assert run([0, 2], resource_tracker_shape) in (('E2', [('enter', 1), ('exit', 1, False), 1, -2]), FELL)
assert run([1, 1], resource_tracker_shape) in ((6, [('enter', 1), 0, -5, ('exit', 1, False), 1, -2, -3]), FELL)

