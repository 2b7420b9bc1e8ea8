import sys

class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), every value nx gives, which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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
    def nx():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        v = next(it, 0)
        seen.append(('nx', v))
        return v
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
        result = f(c, t, x, n, m, nx) if f.__code__.co_argcount == 6 else f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def try_while_with_raise_suppressed(c, t, x, n, m):
    try:
        while c():
            with m(2) as w:
                raise E1(3)
    except E1:
        return


def while_with_raise_suppressed(c, t, x, n, m):
    while c():
        with m(2) as w:
            raise E1(3)


def try_while_and_with_raise_suppressed(c, t, x, n, m):
    try:
        while c() and c():
            with m(2) as w:
                raise E1(3)
    except E1:
        return


def try_while_code_with_raise_suppressed(c, t, x, n, m):
    try:
        while c():
            t(1)
            with m(2) as w:
                raise E1(3)
    except E1:
        pass
    t(5)


def try_for_with_raise_suppressed(c, t, x, n, m):
    try:
        for i in n():
            with m(2) as w:
                raise E1(3)
    except E1:
        return


def while_try_with_raise_other_clause(c, t, x, n, m):
    while c():
        try:
            with m(2) as w:
                raise E1(3)
        except E2:
            pass


def try_while_two_managers_raise(c, t, x, n, m):
    try:
        while c():
            with m(2) as w, m(3):
                raise E1(3)
    except E1:
        return


def else_try_with_then_try_return(c, t, x, n, m):
    if c():
        pass
    elif c():
        pass
    else:
        try:
            with m(19) as w:
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            pass
    if c() and c():
        t(1)
    elif c() or c():
        t(2)
    elif c():
        t(3)
    else:
        t(4)


def if_try_with_then_try_return_two_clauses(c, t, x, n, m):
    if c():
        try:
            with m(19) as w:
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            t(3)
        except E2:
            return 9
    elif c():
        t(4)
    t(5)


def if_try_two_managers_then_try_return(c, t, x, n, m):
    if c():
        try:
            with m(19) as w, m(20):
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            pass
    t(5)


def if_try_code_with_then_try_return_else(c, t, x, n, m):
    if c():
        try:
            t(1)
            with m(19) as w:
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            pass
    else:
        t(2)
    t(5)


def try_with_then_try_return_code_after(c, t, x, n, m):
    try:
        with m(19) as w:
            x(21)
        try:
            return 22
        except E1:
            pass
    except E1:
        pass
    t(5)


def else_try_with_then_try_return_code_after_try(c, t, x, n, m):
    if c():
        t(1)
    else:
        try:
            with m(19) as w:
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            pass
        t(3)
    t(5)


def for_try_with_then_try_return(c, t, x, n, m):
    for i in n():
        try:
            with m(19) as w:
                x(21)
            try:
                return 22
            except E1:
                pass
        except E1:
            continue


def while_true_assert_match_or(c, t, x, n, m, nx):
    while True:
        assert c(), 13
        match nx() % 5:
            case 1 | 2:
                pass


def while_true_match_or(c, t, x, n, m, nx):
    while True:
        match nx() % 5:
            case 1 | 2:
                t(2)


def while_true_if_match_or(c, t, x, n, m, nx):
    while True:
        if c():
            t(1)
        match nx() % 5:
            case 1 | 2:
                pass


def for_assert_match_or(c, t, x, n, m, nx):
    for i in n():
        assert c(), 13
        match nx() % 5:
            case 1 | 2:
                pass


def for_continue_match_or(c, t, x, n, m, nx):
    for i in n():
        if c():
            continue
        match nx() % 5:
            case 1 | 2:
                t(5)


def for_match_tuple_or(c, t, x, n, m, nx):
    for i in n():
        match nx() % 3, c():
            case [1, _] | [2, True]:
                t(1)


def while_true_assert_match_or_guard(c, t, x, n, m, nx):
    while True:
        assert c(), 13
        match nx() % 5:
            case 1 | 2 if c():
                t(3)


def for_if_match_or_else(c, t, x, n, m, nx):
    for i in n():
        if c():
            match nx() % 5:
                case 1 | 2:
                    t(4)
                    continue
        else:
            t(5)


def while_true_match_or_break(c, t, x, n, m, nx):
    while True:
        t(0)
        match nx() % 5:
            case 1 | 2:
                break
    t(9)

assert run([1, 3, 0, 0, 0], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True)]), FELL)
assert run([0, 1, 0, 0, 3], try_while_with_raise_suppressed) in ((None, []), FELL)
assert run([1, 0, 2, 1, 0, 1], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 3, 2, 3, 2, 0, 0, 3, 1], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 1, 3, 3, 0, 0, 2, 2, 2, 3, 3, 0], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([3, 1, 2, 2, 2, 3, 0, 0, 3], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 1], try_while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([1, 1, 3, 2, 0, 0], while_with_raise_suppressed) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 3, 2, 1, 2, 3, 2, 2, 0, 1, 0, 1], while_with_raise_suppressed) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 2, 1, 3, 0, 3, 2], while_with_raise_suppressed) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 3, 1, 3, 1, 3, 2, 0, 3, 3, 3], while_with_raise_suppressed) in ((None, []), FELL)
assert run([3, 1, 0, 2], while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True)]), FELL)
assert run([1, 1, 1, 3, 0, 0, 2, 3, 0, 0, 1, 1], while_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([3, 3, 2, 3, 1, 2, 2, 0, 2, 0, 2], while_with_raise_suppressed) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([3, 3, 0, 3, 2, 2, 0, 0], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 0, 2, 2, 0, 1, 2, 1, 3, 2, 3], try_while_and_with_raise_suppressed) in ((None, []), FELL)
assert run([1, 3, 1, 3, 0, 3, 3, 3, 2, 1, 1], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True)]), FELL)
assert run([3, 2, 3, 1, 2, 1, 0, 3, 1, 0], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([2, 1, 3, 2, 3, 2], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([3, 3, 1, 3, 3, 1, 3, 3, 0], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 2, 3, 1, 1, 3, 1, 2, 3, 2], try_while_and_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([1, 3, 1, 1, 0, 0, 2, 3], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, True), 5]), FELL)
assert run([], try_while_code_with_raise_suppressed) in ((None, [5]), FELL)
assert run([1, 2, 0, 3, 0, 1, 1, 2, 1, 0], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([2, 1, 0, 2, 0, 1, 2, 1, 3, 2, 2, 3], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, True), 5]), FELL)
assert run([3, 1, 3, 2, 0, 1, 2, 0, 2, 1], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([2, 3, 1, 3, 1, 0, 0, 3], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([1, 1, 2, 1, 1, 1, 1, 2, 0, 0, 3], try_while_code_with_raise_suppressed) in ((None, [1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, True), 1, ('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([], try_for_with_raise_suppressed) in ((None, []), FELL)
assert run([2, 0, 0, 1, 0, 2, 3], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 3, 3, 1, 2, 2, 0, 3, 1], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True)]), FELL)
assert run([2, 3, 2], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 1, 1, 3, 0, 0, 1], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([3, 3, 1, 3, 1, 1, 0, 0], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([3, 3, 3], try_for_with_raise_suppressed) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 3, 1, 3, 1, 3, 3, 1, 0, 3, 3], while_try_with_raise_other_clause) in ((None, []), FELL)
assert run([1], while_try_with_raise_other_clause) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 3, 2, 0], while_try_with_raise_other_clause) in ((None, [('enter', 2), ('exit', 2, True)]), FELL)
assert run([1, 3, 3, 3, 1, 0, 0, 0, 0, 1], while_try_with_raise_other_clause) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 3, 1, 2, 2, 0, 0, 1, 2, 1, 0], while_try_with_raise_other_clause) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 3, 3, 1, 0, 3, 2], while_try_with_raise_other_clause) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True)]), FELL)
assert run([1, 1, 3, 1, 2, 3, 2, 1, 2], while_try_with_raise_other_clause) in (('E1', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], try_while_two_managers_raise) in ((None, []), FELL)
assert run([1, 2, 3, 0, 2, 1], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, True)]), FELL)
assert run([3, 3, 3, 1, 2, 1, 0, 2, 3], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False), ('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False), ('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False)]), FELL)
assert run([1, 1], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False)]), FELL)
assert run([2, 0, 1, 1, 3, 1, 0, 3, 3], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, True), ('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False), ('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, True), ('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1, 1, 2, 3], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False), ('enter', 2), ('enter', 3), ('exit', 3, True), ('exit', 2, False)]), FELL)
assert run([3, 0], try_while_two_managers_raise) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([3, 2, 0, 3, 1, 3, 2, 1], else_try_with_then_try_return) in ((None, [2]), FELL)
assert run([0, 2, 3, 1, 2, 1], else_try_with_then_try_return) in ((None, [1]), FELL)
assert run([1], else_try_with_then_try_return) in ((None, [4]), FELL)
assert run([0], else_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([0, 0, 1, 0, 1, 2, 1, 3, 1, 1, 1], else_try_with_then_try_return) in ((None, [('enter', 19), -21, ('exit', 19, False), 1]), FELL)
assert run([3, 2, 0, 0, 0, 3, 3, 3, 0, 2], else_try_with_then_try_return) in ((None, [3]), FELL)
assert run([0, 0, 2, 1, 2, 2, 2, 2, 2], else_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([2, 3, 3, 2, 0, 1, 0, 3, 1], if_try_with_then_try_return_two_clauses) in ((22, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([0, 1, 1, 2, 2, 2, 3, 3, 2, 1], if_try_with_then_try_return_two_clauses) in ((None, [4, 5]), FELL)
assert run([2, 1], if_try_with_then_try_return_two_clauses) in ((None, [('enter', 19), -21, ('exit', 19, False), 3, 5]), FELL)
assert run([], if_try_with_then_try_return_two_clauses) in ((None, [5]), FELL)
assert run([3, 1, 3, 0, 3, 1, 2, 2, 2, 1, 3], if_try_with_then_try_return_two_clauses) in ((22, [('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([1, 2, 2, 1, 3, 1], if_try_with_then_try_return_two_clauses) in ((9, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([], if_try_two_managers_then_try_return) in ((None, [5]), FELL)
assert run([3, 1, 3, 3, 0], if_try_two_managers_then_try_return) in ((22, [('enter', 19), ('enter', 20), -21, ('exit', 20, True), ('exit', 19, False)]), FELL)
assert run([2], if_try_two_managers_then_try_return) in ((22, [('enter', 19), ('enter', 20), -21, ('exit', 20, False), ('exit', 19, False)]), FELL)
assert run([3, 2], if_try_two_managers_then_try_return) in (('E2', [('enter', 19), ('enter', 20), -21, ('exit', 20, False), ('exit', 19, False)]), FELL)
assert run([2, 1, 2, 2, 2], if_try_two_managers_then_try_return) in ((None, [('enter', 19), ('enter', 20), -21, ('exit', 20, False), ('exit', 19, False), 5]), FELL)
assert run([1, 2, 0, 1, 0, 2, 2, 3, 3, 2], if_try_two_managers_then_try_return) in ((22, [('enter', 19), ('enter', 20), -21, ('exit', 20, False), ('exit', 19, True)]), FELL)
assert run([0], if_try_code_with_then_try_return_else) in ((None, [2, 5]), FELL)
assert run([2, 3], if_try_code_with_then_try_return_else) in ((22, [1, ('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 2, 0, 3, 0, 3], if_try_code_with_then_try_return_else) in (('E2', [1, ('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 2, 3], if_try_code_with_then_try_return_else) in ((22, [1, ('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([3, 1, 2, 3, 1, 0, 3, 3, 2, 2], if_try_code_with_then_try_return_else) in ((None, [1, ('enter', 19), -21, ('exit', 19, False), 5]), FELL)
assert run([0, 2, 1], try_with_then_try_return_code_after) in ((22, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 1, 3, 0, 0, 0, 2], try_with_then_try_return_code_after) in ((22, [('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([2, 2, 0, 0, 1, 0, 3], try_with_then_try_return_code_after) in (('E2', [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 2, 3, 1, 0, 0, 3, 3, 3, 0, 2, 2], try_with_then_try_return_code_after) in ((None, [('enter', 19), -21, ('exit', 19, False), 5]), FELL)
assert run([], else_try_with_then_try_return_code_after_try) in ((22, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([0, 1, 2, 3, 3, 0], else_try_with_then_try_return_code_after_try) in ((None, [('enter', 19), -21, ('exit', 19, False), 3, 5]), FELL)
assert run([1], else_try_with_then_try_return_code_after_try) in ((None, [1, 5]), FELL)
assert run([0, 2, 1, 0], else_try_with_then_try_return_code_after_try) in ((22, [('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([0, 2, 2], else_try_with_then_try_return_code_after_try) in (('E2', [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 0, 3, 0, 1, 0, 2, 0, 0, 3, 3], for_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([1, 1, 0, 0, 0], for_try_with_then_try_return) in ((None, [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([0], for_try_with_then_try_return) in ((None, []), FELL)
assert run([2, 1, 0, 3, 0, 0, 1, 1, 1, 2], for_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, False), ('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([2, 2, 0, 0, 2, 1], for_try_with_then_try_return) in (('E2', [('enter', 19), -21, ('exit', 19, False)]), FELL)
assert run([2, 1, 3, 1, 0, 3, 0, 3, 2, 0, 2], for_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([3, 1, 2, 2, 3, 0, 2, 2, 2], for_try_with_then_try_return) in ((22, [('enter', 19), -21, ('exit', 19, False), ('enter', 19), -21, ('exit', 19, True)]), FELL)
assert run([2, 4, 3], while_true_assert_match_or) in (('AssertionError', [('nx', 4), ('nx', 0)]), FELL)
assert run([2, 3, 5, 3, 4, 4, 0, 1, 4, 3, 0, 3], while_true_assert_match_or) in (('AssertionError', [('nx', 3), ('nx', 3), ('nx', 4)]), FELL)
assert run([], while_true_assert_match_or) in (('AssertionError', []), FELL)
assert run([3, 3], while_true_assert_match_or) in (('AssertionError', [('nx', 3)]), FELL)
assert run([1, 0, 3], while_true_assert_match_or) in (('AssertionError', [('nx', 0), ('nx', 0)]), FELL)
assert run([2, 0], while_true_assert_match_or) in (('AssertionError', [('nx', 0)]), FELL)
assert run([3, 5, 3, 0, 3, 2, 0], while_true_assert_match_or) in (('AssertionError', [('nx', 5), ('nx', 0), ('nx', 2)]), FELL)
assert run([3, 2, 5, 2, 3, 0, 3], while_true_match_or) in (('Budget', [('nx', 3), ('nx', 2), 2, ('nx', 5), ('nx', 2), 2, ('nx', 3), ('nx', 0), ('nx', 3), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([0, 4], while_true_match_or) in (('Budget', [('nx', 0), ('nx', 4), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([5, 2, 2, 5, 3, 0], while_true_match_or) in (('Budget', [('nx', 5), ('nx', 2), 2, ('nx', 2), 2, ('nx', 5), ('nx', 3), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([], while_true_match_or) in (('Budget', [('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([4, 0, 0, 4, 1, 2], while_true_match_or) in (('Budget', [('nx', 4), ('nx', 0), ('nx', 0), ('nx', 4), ('nx', 1), 2, ('nx', 2), 2, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([1, 4, 5, 4, 1, 4, 4, 0, 5, 2], while_true_match_or) in (('Budget', [('nx', 1), 2, ('nx', 4), ('nx', 5), ('nx', 4), ('nx', 1), 2, ('nx', 4), ('nx', 4), ('nx', 0), ('nx', 5), ('nx', 2), 2, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([3, 3, 4, 1, 2, 5, 3, 2], while_true_match_or) in (('Budget', [('nx', 3), ('nx', 3), ('nx', 4), ('nx', 1), 2, ('nx', 2), 2, ('nx', 5), ('nx', 3), ('nx', 2), 2, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([4, 4, 0], while_true_if_match_or) in (('Budget', [1, ('nx', 4), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([4, 2, 4, 3], while_true_if_match_or) in (('Budget', [1, ('nx', 2), 1, ('nx', 3), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([5, 5, 1, 4, 2, 0, 4, 4, 5], while_true_if_match_or) in (('Budget', [1, ('nx', 5), 1, ('nx', 4), 1, ('nx', 0), 1, ('nx', 4), 1, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([2], while_true_if_match_or) in (('Budget', [1, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([], while_true_if_match_or) in (('Budget', [('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([2, 1, 2, 4, 5, 1, 4, 1, 2], while_true_if_match_or) in (('Budget', [1, ('nx', 1), 1, ('nx', 4), 1, ('nx', 1), 1, ('nx', 1), 1, ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([5, 4, 4, 1, 4, 4, 5, 1], while_true_if_match_or) in (('Budget', [1, ('nx', 4), 1, ('nx', 1), 1, ('nx', 4), 1, ('nx', 1), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([0, 5, 1, 5, 5, 0, 2, 5], for_assert_match_or) in ((None, []), FELL)
assert run([3], for_assert_match_or) in (('AssertionError', []), FELL)
assert run([2, 3, 2, 3, 2, 5], for_assert_match_or) in ((None, [('nx', 2), ('nx', 2)]), FELL)
assert run([2, 1, 5, 4, 3, 4, 1, 2], for_assert_match_or) in ((None, [('nx', 5), ('nx', 3)]), FELL)
assert run([1, 5, 0, 2, 5, 5, 0], for_assert_match_or) in ((None, [('nx', 0)]), FELL)
assert run([2, 1, 0, 3, 2, 0], for_assert_match_or) in ((None, [('nx', 0), ('nx', 2)]), FELL)
assert run([4, 3, 1], for_assert_match_or) in (('AssertionError', [('nx', 1)]), FELL)
assert run([3, 0, 5, 5, 1], for_continue_match_or) in ((None, [('nx', 5)]), FELL)
assert run([4, 5, 4, 0, 0, 3, 5, 2], for_continue_match_or) in ((None, [('nx', 0)]), FELL)
assert run([0, 5, 3, 5, 4, 3, 0, 5, 4, 3, 2, 3], for_continue_match_or) in ((None, []), FELL)
assert run([3, 1, 0, 1, 0, 1], for_continue_match_or) in ((None, [('nx', 1), 5, ('nx', 1), 5]), FELL)
assert run([1, 0, 4, 4, 3, 0, 5, 1], for_continue_match_or) in ((None, [('nx', 4)]), FELL)
assert run([5, 0], for_continue_match_or) in ((None, [('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([4], for_continue_match_or) in ((None, [('nx', 0), ('nx', 0), ('nx', 0), ('nx', 0)]), FELL)
assert run([2, 3, 2, 2, 1, 5], for_match_tuple_or) in ((None, [('nx', 3), ('nx', 2)]), FELL)
assert run([5, 0, 0, 2, 3, 1, 2, 0, 5], for_match_tuple_or) in ((None, [('nx', 0), ('nx', 2), ('nx', 1), 1, ('nx', 0), ('nx', 0)]), FELL)
assert run([1, 4, 5, 0, 5, 1, 3, 3, 0, 0, 3], for_match_tuple_or) in ((None, [('nx', 4), 1]), FELL)
assert run([2, 2], for_match_tuple_or) in ((None, [('nx', 2), ('nx', 0)]), FELL)
assert run([1, 1, 1, 4, 3, 4, 3, 5, 3, 3, 2], for_match_tuple_or) in ((None, [('nx', 1), 1]), FELL)
assert run([], for_match_tuple_or) in ((None, []), FELL)
assert run([3, 2, 1], for_match_tuple_or) in ((None, [('nx', 2), ('nx', 0), ('nx', 0)]), FELL)
assert run([4, 4, 1, 0, 4, 2], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 4), ('nx', 0), ('nx', 2)]), FELL)
assert run([3], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 0)]), FELL)
assert run([0, 1, 0, 5, 4, 5, 3], while_true_assert_match_or_guard) in (('AssertionError', []), FELL)
assert run([3, 4, 3, 4, 5, 0, 1, 1, 0, 4, 5], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 4), ('nx', 4), ('nx', 0), ('nx', 1), ('nx', 5)]), FELL)
assert run([3, 5, 1, 5, 0, 0, 4, 5, 3], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 5), ('nx', 5)]), FELL)
assert run([5, 1, 2, 3, 2, 3, 5, 0, 3], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 1), 3, ('nx', 2), 3, ('nx', 0), ('nx', 0)]), FELL)
assert run([3, 1, 2, 1, 3, 4, 4, 0, 5, 0], while_true_assert_match_or_guard) in (('AssertionError', [('nx', 1), 3, ('nx', 3), ('nx', 4)]), FELL)
assert run([3, 0, 2, 4, 0, 3, 1], for_if_match_or_else) in ((None, [5, ('nx', 4), 5]), FELL)
assert run([3, 2, 2, 3, 2, 5], for_if_match_or_else) in ((None, [('nx', 2), 4, ('nx', 2), 4, ('nx', 0)]), FELL)
assert run([0, 5], for_if_match_or_else) in ((None, []), FELL)
assert run([5], for_if_match_or_else) in ((None, [5, 5, 5, 5, 5]), FELL)
assert run([4], for_if_match_or_else) in ((None, [5, 5, 5, 5]), FELL)
assert run([1, 3, 5, 5, 3, 1, 5], for_if_match_or_else) in ((None, [('nx', 5)]), FELL)
assert run([2], for_if_match_or_else) in ((None, [5, 5]), FELL)
assert run([3, 5, 3, 2, 1, 0, 2, 3, 5, 4, 2], while_true_match_or_break) in ((None, [0, ('nx', 3), 0, ('nx', 5), 0, ('nx', 3), 0, ('nx', 2), 9]), FELL)
assert run([5, 0], while_true_match_or_break) in (('Budget', [0, ('nx', 5), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0]), FELL)
assert run([2, 0], while_true_match_or_break) in ((None, [0, ('nx', 2), 9]), FELL)
assert run([0, 0], while_true_match_or_break) in (('Budget', [0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0, ('nx', 0), 0]), FELL)
assert run([1, 4, 3, 0, 4, 0, 2, 0, 1, 5, 1, 1], while_true_match_or_break) in ((None, [0, ('nx', 1), 9]), FELL)
assert run([4, 0, 1, 2, 5, 1], while_true_match_or_break) in ((None, [0, ('nx', 4), 0, ('nx', 0), 0, ('nx', 1), 9]), FELL)
assert run([0, 3, 1, 2, 1, 2, 4, 3, 3, 3, 1], while_true_match_or_break) in ((None, [0, ('nx', 0), 0, ('nx', 3), 0, ('nx', 1), 9]), FELL)
