class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
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
            raise Budget()
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


def try_match_guarded_return(c, t, x, n, m):
    try:
        match c() % 5:
            case 1 | 2:
                x(3)
            case z if z > 3:
                return 6
    except E1:
        return 8


def try_match_guarded_call_return(c, t, x, n, m):
    try:
        match c():
            case 1:
                x(3)
            case z if z > 2:
                x(5)
                return 6
    except E1:
        t(8)
    t(9)


def loop_try_match_guarded_break(c, t, x, n, m):
    for k in n():
        try:
            match c():
                case 1:
                    x(3)
                case z if z > 2:
                    break
        except E1:
            t(8)
        t(9)
    return 10


def match_returning_cases_guarded(c, t, x, n, m):
    match c():
        case 1:
            return 2
        case z if z > 3:
            return 6
    t(7)


def try_match_guarded_return_default(c, t, x, n, m):
    try:
        match c():
            case 1:
                x(3)
            case z if z > 3:
                return 6
            case _:
                t(7)
    except E1:
        return 8
    return 9


def try_match_guarded_return_else(c, t, x, n, m):
    try:
        match c():
            case 1:
                return x(3)
            case z if z > 3:
                return 6
    except E1:
        return 8
    else:
        t(11)
    return 9


def guarded_then_default_pass(c, t, x, n, m):
    match c():
        case 1:
            return 2
        case z if z > 3:
            return 6
        case _:
            t(7)
            return None


def try_guarded_then_default_pass(c, t, x, n, m):
    try:
        match c():
            case 1:
                return 2
            case z if z > 3:
                return 6
            case _:
                pass
    except E1:
        return 8
    t(7)


def while_try_match_guarded_continue(c, t, x, n, m):
    while c():
        try:
            match c():
                case 1:
                    x(3)
                case z if z > 2 and c():
                    continue
        except E1:
            t(8)
        t(9)
    return 10


def try_match_guarded_return_value(c, t, x, n, m):
    try:
        match c():
            case [1, _]:
                x(3)
            case [z, *_] if z > 3:
                return z
            case {'k': z} if z:
                return z + 1
    except E1:
        return 8
    finally:
        t(12)


def with_match_guarded_return(c, t, x, n, m):
    with m(1):
        match c():
            case 1:
                x(3)
            case z if z > 3:
                return 6
    t(9)

assert run([0], try_match_guarded_return) in ((None, []), FELL)
assert run([1], try_match_guarded_return) in ((None, [-3]), FELL)
assert run([4], try_match_guarded_return) in ((6, []), FELL)
assert run([(1, 0)], try_match_guarded_return) in (('TypeError', []), FELL)
assert run([1, 1], try_match_guarded_return) in ((8, [-3]), FELL)
assert run([1, 2], try_match_guarded_return) in (('E2', [-3]), FELL)
assert run([0], try_match_guarded_call_return) in ((None, [9]), FELL)
assert run([1], try_match_guarded_call_return) in ((None, [-3, 9]), FELL)
assert run([3], try_match_guarded_call_return) in ((6, [-5]), FELL)
assert run([(1, 0)], try_match_guarded_call_return) in (('TypeError', []), FELL)
assert run([1, 1], try_match_guarded_call_return) in ((None, [-3, 8, 9]), FELL)
assert run([1, 2], try_match_guarded_call_return) in (('E2', [-3]), FELL)
assert run([3, 1], try_match_guarded_call_return) in ((None, [-5, 8, 9]), FELL)
assert run([0], loop_try_match_guarded_break) in ((10, []), FELL)
assert run([1], loop_try_match_guarded_break) in ((10, [9]), FELL)
assert run([2], loop_try_match_guarded_break) in ((10, [9, 9]), FELL)
assert run([3], loop_try_match_guarded_break) in ((10, [9, 9, 9]), FELL)
assert run([4], loop_try_match_guarded_break) in ((10, [9, 9, 9, 9]), FELL)
assert run([5], loop_try_match_guarded_break) in ((10, [9, 9, 9, 9, 9]), FELL)
assert run([(1, 0)], loop_try_match_guarded_break) in (('TypeError', []), FELL)
assert run([0], match_returning_cases_guarded) in ((None, [7]), FELL)
assert run([1], match_returning_cases_guarded) in ((2, []), FELL)
assert run([4], match_returning_cases_guarded) in ((6, []), FELL)
assert run([(1, 0)], match_returning_cases_guarded) in (('TypeError', []), FELL)
assert run([0], try_match_guarded_return_default) in ((9, [7]), FELL)
assert run([1], try_match_guarded_return_default) in ((9, [-3]), FELL)
assert run([4], try_match_guarded_return_default) in ((6, []), FELL)
assert run([(1, 0)], try_match_guarded_return_default) in (('TypeError', []), FELL)
assert run([1, 1], try_match_guarded_return_default) in ((8, [-3]), FELL)
assert run([1, 2], try_match_guarded_return_default) in (('E2', [-3]), FELL)
assert run([0], try_match_guarded_return_else) in ((9, [11]), FELL)
assert run([1], try_match_guarded_return_else) in ((None, [-3]), FELL)
assert run([4], try_match_guarded_return_else) in ((6, []), FELL)
assert run([(1, 0)], try_match_guarded_return_else) in (('TypeError', []), FELL)
assert run([1, 1], try_match_guarded_return_else) in ((8, [-3]), FELL)
assert run([1, 2], try_match_guarded_return_else) in (('E2', [-3]), FELL)
assert run([0], guarded_then_default_pass) in ((None, [7]), FELL)
assert run([1], guarded_then_default_pass) in ((2, []), FELL)
assert run([4], guarded_then_default_pass) in ((6, []), FELL)
assert run([(1, 0)], guarded_then_default_pass) in (('TypeError', []), FELL)
assert run([0], try_guarded_then_default_pass) in ((None, [7]), FELL)
assert run([1], try_guarded_then_default_pass) in ((2, []), FELL)
assert run([4], try_guarded_then_default_pass) in ((6, []), FELL)
assert run([(1, 0)], try_guarded_then_default_pass) in (('TypeError', []), FELL)
assert run([0], while_try_match_guarded_continue) in ((10, []), FELL)
assert run([1], while_try_match_guarded_continue) in ((10, [9]), FELL)
assert run([1, 1], while_try_match_guarded_continue) in ((10, [-3, 9]), FELL)
assert run([1, (1, 0)], while_try_match_guarded_continue) in (('TypeError', []), FELL)
assert run([1, 0, 1], while_try_match_guarded_continue) in ((10, [9, 9]), FELL)
assert run([1, 1, 1], while_try_match_guarded_continue) in ((10, [-3, 8, 9]), FELL)
assert run([1, 1, 2], while_try_match_guarded_continue) in (('E2', [-3]), FELL)
assert run([0], try_match_guarded_return_value) in ((None, [12]), FELL)
assert run([(1, 0)], try_match_guarded_return_value) in ((None, [-3, 12]), FELL)
assert run([[5, 1]], try_match_guarded_return_value) in ((5, [12]), FELL)
assert run([{'k': 3}], try_match_guarded_return_value) in ((4, [12]), FELL)
assert run([(1, 0), 1], try_match_guarded_return_value) in ((8, [-3, 12]), FELL)
assert run([(1, 0), 2], try_match_guarded_return_value) in (('E2', [-3, 12]), FELL)
assert run([0], with_match_guarded_return) in ((None, [('enter', 1), ('exit', 1, False), 9]), FELL)
assert run([1], with_match_guarded_return) in ((None, [('enter', 1), -3, ('exit', 1, False), 9]), FELL)
assert run([4], with_match_guarded_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([(1, 0)], with_match_guarded_return) in (('TypeError', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], with_match_guarded_return) in (('E1', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_match_guarded_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([(1, 0), 1], with_match_guarded_return) in ((None, [('enter', 1), ('exit', 1, True), 9]), FELL)
