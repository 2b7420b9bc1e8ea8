class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def else_try_return_in_finally(c, t, x, n, m):
    if c():
        try:
            with m(2) as w:
                x(5)
            try:
                pass
            except E1:
                pass
        except E1:
            t(1)
        else:
            try:
                return 20
            except E1:
                pass
        finally:
            t(22)
    return 30


def else_dead_try_return_in_finally(c, t, x, n, m):
    try:
        x(5)
    except E1:
        t(1)
    else:
        try:
            return 20
        except E1:
            pass
    finally:
        t(22)


def for_return_in_dead_try(c, t, x, n, m):
    try:
        for j in n():
            try:
                return 1
            except E1:
                pass
            finally:
                pass
    except E1:
        t(1)
    except E2 as e:
        t(2)


def with_try_case_return(c, t, x, n, m):
    with m(1) as w:
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case z if z > 3:
                    return 6
        except E1:
            return 8


def with_with_try_default_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case _:
                    return 7
        except E1:
            return 8


def with_try_elif_return(c, t, x, n, m):
    with m(1) as w:
        try:
            if c():
                x(3)
            elif c():
                return 6
        except E1:
            return 8


def clause_try_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return [k + 1 for k in n()]
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def clause_try_call_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return c()
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def case_nested_match_then_default(c, t, x, n, m):
    match c() % 3, c():
        case [1, _] | [2, True]:
            z = c() % 5
            if z > 3:
                pass
            else:
                raise E1(36)
        case _:
            pass
    t(43)


def named_clause_with_return(c, t, x, n, m):
    try:
        x(0)
    except E2 as e:
        with m(20) as w:
            x(21)
            return 22
    t(26)

assert run([], else_try_return_in_finally) in ((30, []), FELL)
assert run([0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([0, 0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([1, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([2, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([3, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([0], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([3], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1, 0], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([1, 2], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2, 0], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([2, 1], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([], for_return_in_dead_try) in ((None, []), FELL)
assert run([0], for_return_in_dead_try) in ((None, []), FELL)
assert run([1], for_return_in_dead_try) in ((1, []), FELL)
assert run([2], for_return_in_dead_try) in ((1, []), FELL)
assert run([3], for_return_in_dead_try) in ((1, []), FELL)
assert run([0, 1], for_return_in_dead_try) in ((None, []), FELL)
assert run([], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 0], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_case_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([4, 0], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4, 1], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 3], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 0], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([2], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([1, 1], clause_try_return_through_finally) in (([1], [-1, 23]), FELL)
assert run([1, 2], clause_try_return_through_finally) in (([1, 2], [-1, 23]), FELL)
assert run([1, 3], clause_try_return_through_finally) in (([1, 2, 3], [-1, 23]), FELL)
assert run([1, 5], clause_try_return_through_finally) in (([1, 2, 3, 4, 5], [-1, 23]), FELL)
assert run([2, 0], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([2, 1], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([2], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([1, 1], clause_try_call_return_through_finally) in ((1, [-1, 23]), FELL)
assert run([1, 2], clause_try_call_return_through_finally) in ((2, [-1, 23]), FELL)
assert run([1, 3], clause_try_call_return_through_finally) in ((3, [-1, 23]), FELL)
assert run([1, 4], clause_try_call_return_through_finally) in ((4, [-1, 23]), FELL)
assert run([1, 5], clause_try_call_return_through_finally) in ((5, [-1, 23]), FELL)
assert run([2, 0], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([0], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1], case_nested_match_then_default) in (('E1', []), FELL)
assert run([2], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([4], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0, 4], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([2, 1, 5], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1, 0, 3], case_nested_match_then_default) in (('E1', []), FELL)
assert run([], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([0], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([1], named_clause_with_return) in (('E1', [0]), FELL)
assert run([2], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 2], named_clause_with_return) in (('E2', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0, 1], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 2, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 1, 2], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
