FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test\n    and every value nx gives. FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 40:
            raise Budget()
        return next(it, 0)
    def nx():
        calls[0] += 1
        if calls[0] > 40:
            raise Budget()
        return next(it, 0)
    def t(k):
        seen.append(k)
    try:
        result = f(c, t, nx)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def default_break(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case 1 | 2:
                pass
            case _:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def default_break_try_while(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                try:
                    t(1)
                finally:
                    t(2)
            case 1 | 2:
                while True:
                    if c():
                        break
                    t(3)
            case _:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def default_break_guarded_while(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case z if z > 3:
                while c():
                    t(4)
            case _:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def capture_break(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case z:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def while_default_break(c, t, nx):
    while c():
        match nx() % 5:
            case 0:
                t(1)
            case 1 | 2:
                pass
            case _:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def failing_back_break(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case 1 | 2:
                t(2)
                break
            case 3:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)


def while_failing_back_break(c, t, nx):
    while c():
        match nx() % 5:
            case 0:
                t(1)
            case 4:
                t(36)
                break
    t(37)


def guarded_failing_back_break(c, t, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case 3 if c():
                t(2)
            case 4:
                t(36)
                break
    t(37)


def lone_case_break(c, t, nx):
    while True:
        t(0)
        match nx() % 5:
            case 1 | 2:
                break
    t(9)


def lone_case_call_break(c, t, nx):
    while True:
        t(0)
        match nx() % 5:
            case 1 | 2:
                t(5)
                break
    t(9)


def last_case_call_break(c, t, nx):
    while True:
        t(0)
        match nx() % 5:
            case 1 | 2:
                t(5)
                break
            case 3:
                if c():
                    break
                t(7)
    t(9)


def sequence_case_break(c, t, nx):
    while True:
        t(0)
        match nx():
            case [a, b]:
                t(a)
                break
    t(9)


def guard_failing_back(c, t, nx):
    while True:
        if not c():
            return
        match nx() % 5:
            case 1 | 2 if c():
                t(3)


def and_guard_failing_back(c, t, nx):
    while True:
        t(0)
        match nx() % 5:
            case 1 | 2 if c() and nx():
                t(3)

assert run([3, 0, 0, 0, 1, [1, 1]], default_break) in ((None, [1, 37]), FELL)
assert run([4, 4], default_break) in ((None, [36, 37]), FELL)
assert run([0, 0, 1, 1, 4, 5, 4, 1, 4, 4], default_break) in ((None, [37]), FELL)
assert run([2, 3, 1, 5, 0, 4, 2, 2, 0, [1, 0], 1], default_break) in ((None, [31, 1, 1, 37]), FELL)
assert run([5, [2, 2], 2, 2, 4, 0, 2, 5], default_break) in (('TypeError', []), FELL)
assert run([3, 2, [1, 1], 0, 1, 1, 3, 3], default_break) in ((None, [1, 36, 37]), FELL)
assert run([3, 1], default_break_try_while) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([2, 2, 3, 1, [0, 0], 0, 4], default_break_try_while) in (('TypeError', []), FELL)
assert run([0, [2, 1], 2], default_break_try_while) in ((None, [37]), FELL)
assert run([4, 5, 0], default_break_try_while) in ((None, [1, 2, 37]), FELL)
assert run([5, 3, 3, [2, 1], [0, 0], 0, 0, [2, 0]], default_break_try_while) in (('TypeError', [31]), FELL)
assert run([1, 1, 4, 5, 0, 2, 0, 2], default_break_try_while) in ((None, [1, 2, 1, 2, 1, 2, 37]), FELL)
assert run([1, 1, 4, 1, 1, 3, 1, 3, 0], default_break_try_while) in ((None, [36, 37]), FELL)
assert run([4, 3, 5, 2, [0, 0]], default_break_guarded_while) in (('TypeError', [31]), FELL)
assert run([1, 4, 3, 2, 0, 0, 5, 3], default_break_guarded_while) in ((None, [4, 4, 37]), FELL)
assert run([5, 5, 3], default_break_guarded_while) in ((None, [1, 1, 37]), FELL)
assert run([1, 0], default_break_guarded_while) in ((None, [1, 37]), FELL)
assert run([3, 1, 4], default_break_guarded_while) in ((None, [31, 37]), FELL)
assert run([2, 4, [0, 2], 4, 1, 1, 1, [0, 1]], default_break_guarded_while) in ((None, [4, 4, 4, 4, 4, 4, 37]), FELL)
assert run([4, 4, 1, [2, 1], 5, 4, 4, [0, 2], 3], default_break_guarded_while) in ((None, [4, 4, 4, 4, 4, 4, 4, 37]), FELL)
assert run([1, 3, 0], default_break_guarded_while) in ((None, [36, 37]), FELL)
assert run([1, 3, 3, 1, 2, 1, 1, 3, 0], capture_break) in ((None, [31, 31, 36, 37]), FELL)
assert run([0, 2, 1, 5, 1, 1, 1, 0, 3, 5, 1], capture_break) in ((None, [37]), FELL)
assert run([3, 1, 0, 0, 3, 0, 4], capture_break) in ((None, [36, 37]), FELL)
assert run([5, 0], capture_break) in ((None, [1, 37]), FELL)
assert run([5, [1, 0], 1, [0, 1], [2, 1]], capture_break) in (('TypeError', []), FELL)
assert run([1, 4, 2, 0, 0, [2, 2], 1, 1, 0, 5, 3], capture_break) in ((None, [31, 37]), FELL)
assert run([3, 2, 1, 5, 1, 2, 1, [2, 2], 3], capture_break) in (('TypeError', [31, 31]), FELL)
assert run([[2, 1], 5, 4], while_default_break) in ((None, [1, 1, 37]), FELL)
assert run([0, 1, 0, 2], while_default_break) in ((None, [37]), FELL)
assert run([[1, 2], 4, 1, 5, 4, 2, 3], while_default_break) in ((None, [31, 31, 1, 37]), FELL)
assert run([5, 4, [2, 2], 0, 4, 5, 5, 0, [0, 2]], while_default_break) in ((None, [31, 37]), FELL)
assert run([3, 4, [0, 2], 1, 0, 0], while_default_break) in ((None, [31, 1, 37]), FELL)
assert run([2, 4, 1, [0, 1], 5, 4, 0, 3], while_default_break) in ((None, [31, 1, 1, 1, 37]), FELL)
assert run([0, 5, 5, 3, 0], failing_back_break) in ((None, [37]), FELL)
assert run([4, 0, 1, 3, 1, [1, 2], 2, 3, 2, [1, 0]], failing_back_break) in ((None, [1, 31, 2, 37]), FELL)
assert run([3, [0, 2], [2, 1], 0, 4, [1, 1]], failing_back_break) in (('TypeError', []), FELL)
assert run([1, 2, 2, 2, 3, 5, 4, 5, [2, 1], 1, 2], failing_back_break) in ((None, [2, 37]), FELL)
assert run([[2, 0], 3, 2, 5, 2, 1, 4, 0], failing_back_break) in ((None, [31, 2, 37]), FELL)
assert run([5, 3, 4, 2], while_failing_back_break) in ((None, [37]), FELL)
assert run([4, 0, 5, 3], while_failing_back_break) in ((None, [1, 37]), FELL)
assert run([2, 3, 1, 5, 3, 3, 2, 4, [1, 0], 1, 1], while_failing_back_break) in ((None, [1, 36, 37]), FELL)
assert run([2, [2, 1], 1, 5, [2, 0]], while_failing_back_break) in (('TypeError', []), FELL)
assert run([[0, 2], [0, 2], [1, 1], 2, 0, 2, 5], guarded_failing_back_break) in (('TypeError', []), FELL)
assert run([0, 5, 2, 3, 0, [0, 1], 0, 1, 2], guarded_failing_back_break) in ((None, [37]), FELL)
assert run([[2, 1], 4, 1, 5, 0, 1, 3], guarded_failing_back_break) in ((None, [36, 37]), FELL)
assert run([3], guarded_failing_back_break) in ((None, [1, 37]), FELL)
assert run([5, 5, 4, 2, 4, [0, 1], 1, 5], guarded_failing_back_break) in (('TypeError', [1]), FELL)
assert run([3, 0, 0, 3, 5, 1], lone_case_break) in ((None, [0, 0, 0, 0, 0, 0, 9]), FELL)
assert run([[1, 2], 1, 5, 2], lone_case_break) in (('TypeError', [0]), FELL)
assert run([2, 5, 3, 1, 2], lone_case_break) in ((None, [0, 9]), FELL)
assert run([0, 1, 1, 0, 0, [1, 0], 2, [1, 0], [0, 2], 4], lone_case_break) in ((None, [0, 0, 9]), FELL)
assert run([3, [2, 1], 1], lone_case_call_break) in (('TypeError', [0, 0]), FELL)
assert run([1, 0, [1, 0]], lone_case_call_break) in ((None, [0, 5, 9]), FELL)
assert run([[0, 1], 4, 3, [2, 2], 1], lone_case_call_break) in (('TypeError', [0]), FELL)
assert run([3, 4, 3, 3, 0, [1, 1], [1, 2], 0, [0, 0], 2], lone_case_call_break) in (('TypeError', [0, 0, 0, 0, 0, 0]), FELL)
assert run([4, 3, [2, 1], 2, 1], lone_case_call_break) in (('TypeError', [0, 0, 0]), FELL)
assert run([3, 4, 0, 4, 3, 2, 2, 2, 0, 1, 0], last_case_call_break) in ((None, [0, 9]), FELL)
assert run([2, 4, 2, 5, [0, 1]], last_case_call_break) in ((None, [0, 5, 9]), FELL)
assert run([3, 0, [0, 2], 0, [2, 1], 4, 1, 2, 1, 3], last_case_call_break) in (('TypeError', [0, 7, 0]), FELL)
assert run([[0, 2], [0, 0], 5], last_case_call_break) in (('TypeError', [0]), FELL)
assert run([5, 1, 0, [0, 1], 1, [0, 0], 5, 1, 4, 4], last_case_call_break) in ((None, [0, 0, 5, 9]), FELL)
assert run([0, 1], sequence_case_break) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([5, 4, 4, 0, 5, 2, 3, 0, 1, [0, 0], [0, 1]], sequence_case_break) in ((None, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]), FELL)
assert run([0, [2, 2], 5], sequence_case_break) in ((None, [0, 0, 2, 9]), FELL)
assert run([[2, 0], 2], sequence_case_break) in ((None, [0, 2, 9]), FELL)
assert run([2, 2, [1, 1], 4, 2, 0, 0], sequence_case_break) in ((None, [0, 0, 0, 1, 9]), FELL)
assert run([0, 5, [2, 0], 0, 2, 0, 2], guard_failing_back) in ((None, []), FELL)
assert run([1, 4, 4, 1, 1, 1, 0, 0], guard_failing_back) in ((None, [3]), FELL)
assert run([5, 0, 2, [1, 2], [2, 0], 2, 4, 3], guard_failing_back) in (('TypeError', []), FELL)
assert run([1, 2, 3, 0, [2, 0], 1, 0, 3, 5], and_guard_failing_back) in (('TypeError', [0, 3, 0, 0]), FELL)
assert run([5, 2, 3, 3, 5, 4, 0, 4], and_guard_failing_back) in (('Budget', [0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([2, 3, [0, 1], 5, 2, 0], and_guard_failing_back) in (('Budget', [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([3, 4, 3, 1], and_guard_failing_back) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([0, 5, 5], and_guard_failing_back) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 5, 3, 2, 5, [1, 1], 1, 3, 3], and_guard_failing_back) in (('Budget', [0, 3, 0, 3, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([0, 2, 5, 3, 4, 5, 1, 3, [2, 1], 1, 2], and_guard_failing_back) in (('Budget', [0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([5, [0, 2], 4, [0, 0], 3, 1, 3, 1, 5, 0, 4], and_guard_failing_back) in (('TypeError', [0, 0]), FELL)
assert run([1, 1, 5, 5, 4, [1, 0], 3, 0, 1, 1, 4], and_guard_failing_back) in (('TypeError', [0, 3, 0, 0, 0]), FELL)
