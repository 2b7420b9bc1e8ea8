# min-version: 3.10
# Found on 2026-12-06 (twenty-sixth session): unseen rich tails seed 46 f23, silently wrong on 3.13 and 3.14,
# reduced. 3.13+ copy the small block after a match (`return r()`) into the end of each case body that falls
# into it; the match reader drops such a copy, the case then falling through to the code after the match.
# Here the last case's try has clauses that go on to that code, laid out last, and its reading took the code
# for the rest of the case's body: nothing followed the match, and the first case fell off the function
# (returned None instead of r()). Now, when the code after the match was read into a case, each case keeps
# its copy (Matches).
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




def match_case_pass_then_try_with_return_clause_finally(c, t, x, n, m):
    match c():
        case 1:
            pass
        case 2 | 3 as z:
            try:
                with m(3) as w:
                    return x(4)
            except E2 as e:
                try:
                    pass
                finally:
                    pass
    return r()


def match_mapping_cases_try_with_return(c, t, x, n, m):
    match {'k': c()}:
        case {'k': 1 | 2 as z}:
            pass
        case {**rest}:
            try:
                with m(3) as w:
                    return x(4) or 5
            except E2 as e:
                try:
                    t(6)
                finally:
                    pass
    return r()


def match_case_call_then_try_return(c, t, x, n, m):
    match c():
        case 1:
            t(1)
        case 2:
            try:
                return x(4)
            except E2:
                try:
                    pass
                finally:
                    t(5)
    return r()


def r():
    return 9

assert run([], match_case_pass_then_try_with_return_clause_finally) in ((9, []), FELL)
assert run([2], match_case_pass_then_try_with_return_clause_finally) in ((None, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 1], match_case_pass_then_try_with_return_clause_finally) in (('E1', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 2], match_case_pass_then_try_with_return_clause_finally) in ((9, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 1, 1], match_case_pass_then_try_with_return_clause_finally) in ((9, [('enter', 3), -4, ('exit', 3, True)]), FELL)

assert run([], match_mapping_cases_try_with_return) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], match_mapping_cases_try_with_return) in ((9, []), FELL)
assert run([0, 1], match_mapping_cases_try_with_return) in (('E1', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 2], match_mapping_cases_try_with_return) in ((9, [('enter', 3), -4, ('exit', 3, False), 6]), FELL)
assert run([0, 1, 1], match_mapping_cases_try_with_return) in ((9, [('enter', 3), -4, ('exit', 3, True)]), FELL)

assert run([], match_case_call_then_try_return) in ((9, []), FELL)
assert run([1], match_case_call_then_try_return) in ((9, [1]), FELL)
assert run([2], match_case_call_then_try_return) in ((None, [-4]), FELL)
assert run([2, 1], match_case_call_then_try_return) in (('E1', [-4]), FELL)
assert run([2, 2], match_case_call_then_try_return) in ((9, [-4, 5]), FELL)


