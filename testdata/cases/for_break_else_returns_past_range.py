# Found on 2026-12-06 (twenty-sixth session): unseen seed 173 f27, silently wrong on 3.11 (and, reduced, on
# 3.12-3.14): a for loop with a break ending a try body, its else an if whose branches return. The returns
# are unprotected past the try body's range, each a block of its own there, and the breaks jump past them to
# the try's else. ForLoops.breakOverExitCode took the else's first path, ending in a jump to the breaks'
# target, for the exit reaching that target too, and the else was printed after the loop, where the breaks
# ran it. Now a test on the way says the exit's code does not all go on there (falls back), and
# LoopBreaks.rangeTailBreakTarget (now from 3.11) reads the run of return blocks past the range as the
# else's: exact on every version.
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




def for_break_else_return_ending_try(c, t, x, n, m):
    try:
        for k in n():
            t(6)
            break
        else:
            t(7)
            if c():
                return 10
    except E1:
        t(14)
    else:
        t(32)
    t(44)
    return 45


def for_break_else_branch_returns_ending_try(c, t, x, n, m):
    try:
        for k in n():
            if c():
                x(1)
            t(6)
            break
        else:
            t(7)
            if c() and c():
                x(8)
            elif not c():
                return 10
            else:
                return 13
    except E1:
        t(14)
    else:
        t(32)
    t(44)
    return 45


def for_if_break_else_three_returns_ending_try(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            if c():
                return 1
            elif c():
                return 2
            else:
                return 3
    except E1:
        t(14)
    else:
        t(32)
    return 45


def for_break_else_branch_returns_in_clause_try(c, t, x, n, m):
    try:
        for k in n():
            if c():
                x(1)
            elif not c():
                t(2)
                t(3)
            else:
                x(4)
                t(5)
            t(6)
            break
        else:
            t(7)
            if c() and c():
                x(8)
                t(9)
            elif not c():
                return 10
            elif c():
                t(11)
                t(12)
            else:
                return 13
    except E1:
        t(14)
        if c():
            with m(21) as w:
                t(22)
    else:
        t(32)
        if c():
            for k in n():
                x(33)
            else:
                t(34)
        else:
            with m(40) as w:
                t(41)
        t(43)
    t(44)
    return 45

assert run([], for_break_else_return_ending_try) in ((45, [7, 32, 44]), FELL)
assert run([1], for_break_else_return_ending_try) in ((45, [6, 32, 44]), FELL)
assert run([0, 1], for_break_else_return_ending_try) in ((10, [7]), FELL)

assert run([], for_break_else_branch_returns_ending_try) in ((10, [7]), FELL)
assert run([1], for_break_else_branch_returns_ending_try) in ((45, [6, 32, 44]), FELL)
assert run([1, 1], for_break_else_branch_returns_ending_try) in ((45, [-1, 6, 32, 44]), FELL)
assert run([0, 0, 1], for_break_else_branch_returns_ending_try) in ((13, [7]), FELL)
assert run([0, 1, 1], for_break_else_branch_returns_ending_try) in ((45, [7, -8, 32, 44]), FELL)
assert run([1, 1, 1], for_break_else_branch_returns_ending_try) in ((45, [-1, 14, 44]), FELL)

assert run([], for_if_break_else_three_returns_ending_try) in ((3, []), FELL)
assert run([0, 1], for_if_break_else_three_returns_ending_try) in ((1, []), FELL)
assert run([1, 1], for_if_break_else_three_returns_ending_try) in ((45, [32]), FELL)
assert run([0, 0, 1], for_if_break_else_three_returns_ending_try) in ((2, []), FELL)

assert run([], for_break_else_branch_returns_in_clause_try) in ((10, [7]), FELL)
assert run([1], for_break_else_branch_returns_in_clause_try) in ((45, [2, 3, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([1, 1], for_break_else_branch_returns_in_clause_try) in ((45, [-1, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([0, 0, 1], for_break_else_branch_returns_in_clause_try) in ((13, [7]), FELL)
assert run([0, 1, 1], for_break_else_branch_returns_in_clause_try) in ((45, [7, -8, 9, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([1, 0, 1], for_break_else_branch_returns_in_clause_try) in ((45, [-4, 5, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)

