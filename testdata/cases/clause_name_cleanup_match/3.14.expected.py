







class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def named_clause_match_or_return(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        match c():
            case 1 | 2:
                return x(27)
            case _:
                t(4)


def named_clause_match_or_code(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        match c():
            case 1 | 2:
                t(27)
            case _:
                t(4)
    t(5)


def named_clause_match_or_return_or(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        match c():
            case 1 | 2:
                return x(27) or c()
            case _:
                t(4)


def named_clause_try_match_or_return_or(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        try:
            match c():
                case 1 | 2:
                    return x(27) or c()
                case _:
                    t(4)
        except E2:
            t(3)


def named_clause_match_literal_return_or(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        if c() == 1:
            return x(27) or c()
        t(4)


def chain_in_finally_at_end(c, t, x, n, m):
    try:
        x(3)
    finally:
        if 0 < c() < 2:
            t(5)


def chain_in_finally_then_code(c, t, x, n, m):
    try:
        x(3)
    finally:
        t(4)
        if 0 < c() < 2:
            t(5)
    t(6)


def chain_in_loop_test_in_try(c, t, x, n, m):
    try:
        while 0 < c() < 2:
            x(1)
    except E1:
        t(2)


def named_clause_match_or_return_name(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        match c():
            case 1 | 2:
                return e.args
            case _:
                t(4)

assert run([], named_clause_match_or_return) in ((None, [-1]), FELL)
assert run([1], named_clause_match_or_return) in ((None, [-1, 4]), FELL)
assert run([2], named_clause_match_or_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_match_or_return) in ((None, [-1, -27]), FELL)
assert run([1, 1, 1], named_clause_match_or_return) in (('E1', [-1, -27]), FELL)
assert run([1, 1, 2], named_clause_match_or_return) in (('E2', [-1, -27]), FELL)
assert run([], named_clause_match_or_code) in ((None, [-1, 5]), FELL)
assert run([1], named_clause_match_or_code) in ((None, [-1, 4, 5]), FELL)
assert run([2], named_clause_match_or_code) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_match_or_code) in ((None, [-1, 27, 5]), FELL)
assert run([], named_clause_match_or_return_or) in ((None, [-1]), FELL)
assert run([1], named_clause_match_or_return_or) in ((None, [-1, 4]), FELL)
assert run([2], named_clause_match_or_return_or) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_match_or_return_or) in ((0, [-1, -27]), FELL)
assert run([1, 1, 1], named_clause_match_or_return_or) in (('E1', [-1, -27]), FELL)
assert run([1, 1, 2], named_clause_match_or_return_or) in (('E2', [-1, -27]), FELL)
assert run([], named_clause_try_match_or_return_or) in ((None, [-1]), FELL)
assert run([1], named_clause_try_match_or_return_or) in ((None, [-1, 4]), FELL)
assert run([2], named_clause_try_match_or_return_or) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_try_match_or_return_or) in ((0, [-1, -27]), FELL)
assert run([1, 1, 1], named_clause_try_match_or_return_or) in (('E1', [-1, -27]), FELL)
assert run([1, 1, 2], named_clause_try_match_or_return_or) in ((None, [-1, -27, 3]), FELL)
assert run([], named_clause_match_literal_return_or) in ((None, [-1]), FELL)
assert run([1], named_clause_match_literal_return_or) in ((None, [-1, 4]), FELL)
assert run([2], named_clause_match_literal_return_or) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_match_literal_return_or) in ((0, [-1, -27]), FELL)
assert run([1, 1, 1], named_clause_match_literal_return_or) in (('E1', [-1, -27]), FELL)
assert run([1, 1, 2], named_clause_match_literal_return_or) in (('E2', [-1, -27]), FELL)
assert run([], chain_in_finally_at_end) in ((None, [-3]), FELL)
assert run([1], chain_in_finally_at_end) in (('E1', [-3]), FELL)
assert run([2], chain_in_finally_at_end) in (('E2', [-3]), FELL)
assert run([0, 1], chain_in_finally_at_end) in ((None, [-3, 5]), FELL)
assert run([1, 1], chain_in_finally_at_end) in (('E1', [-3, 5]), FELL)
assert run([2, 1], chain_in_finally_at_end) in (('E2', [-3, 5]), FELL)
assert run([], chain_in_finally_then_code) in ((None, [-3, 4, 6]), FELL)
assert run([1], chain_in_finally_then_code) in (('E1', [-3, 4]), FELL)
assert run([2], chain_in_finally_then_code) in (('E2', [-3, 4]), FELL)
assert run([0, 1], chain_in_finally_then_code) in ((None, [-3, 4, 5, 6]), FELL)
assert run([1, 1], chain_in_finally_then_code) in (('E1', [-3, 4, 5]), FELL)
assert run([2, 1], chain_in_finally_then_code) in (('E2', [-3, 4, 5]), FELL)
assert run([], chain_in_loop_test_in_try) in ((None, []), FELL)
assert run([1], chain_in_loop_test_in_try) in ((None, [-1]), FELL)
assert run([1, 1], chain_in_loop_test_in_try) in ((None, [-1, 2]), FELL)
assert run([1, 2], chain_in_loop_test_in_try) in (('E2', [-1]), FELL)
assert run([1, 0, 1], chain_in_loop_test_in_try) in ((None, [-1, -1]), FELL)
assert run([1, 0, 1, 1], chain_in_loop_test_in_try) in ((None, [-1, -1, 2]), FELL)
assert run([], named_clause_match_or_return_name) in ((None, [-1]), FELL)
assert run([1], named_clause_match_or_return_name) in ((None, [-1, 4]), FELL)
assert run([2], named_clause_match_or_return_name) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_match_or_return_name) in (((1,), [-1]), FELL)
