# Found on 2026-12-05 (seventeenth session), unseen rich seed 141 f91, silently wrong on 3.12-3.14 (older
# than the session: 83bbdc9 prints it wrong too). A while True loop in a for loop whose breaks jump straight
# to the for loop's head (nothing follows the while in the for body, so its exit is that jump): the else
# branch's code after the last such break, `t({i: c() for i in n()})` then `return 5`, was read as the
# code after the while, since WhileTrue.leavingTail took only straight code for the body's last branch and
# the dict comprehension (inlined since 3.12) has a loop of its own. It now takes code whose jumps stay
# inside it; and a tail that only the body enters is never read as the code after such a loop: the
# reading fails instead (WhileTrue.threadedBreaksExit).
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




def while_true_else_comprehension_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() or c():
                break
            if c():
                continue
            elif not (c() and c()):
                break
            else:
                t({i: c() for i in n()})
            return 5


def while_true_else_code_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() or c():
                break
            if c():
                continue
            elif not (c() and c()):
                break
            else:
                t(1)
            return 5


def while_true_else_comprehension_continue_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                continue
            elif not c():
                break
            else:
                t({i: c() for i in n()})
            if c():
                continue
            return 5


def while_true_else_code_if_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                continue
            elif not c():
                break
            else:
                t(1)
            t(2)
            if c():
                return 5


def while_true_elif_list_comprehension_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            elif not c():
                break
            else:
                t([i for i in n() if c()])
            return 5

assert run([], while_true_else_comprehension_return) in ((None, []), FELL)
assert run([1, 0, 0, 0, 1, 1], while_true_else_comprehension_return) in ((5, [{}]), FELL)

assert run([], while_true_else_code_return) in ((None, []), FELL)
assert run([1, 0, 0, 0, 1, 1], while_true_else_code_return) in ((5, [1]), FELL)

assert run([], while_true_else_comprehension_continue_return) in ((None, []), FELL)
assert run([1, 0, 0, 1], while_true_else_comprehension_continue_return) in ((5, [{}]), FELL)
assert run([1, 0, 0, 1, 1], while_true_else_comprehension_continue_return) in ((5, [{0: 0}]), FELL)
assert run([1, 0, 0, 1, 2], while_true_else_comprehension_continue_return) in ((5, [{0: 0, 1: 0}]), FELL)
assert run([1, 0, 0, 1, 0, 1], while_true_else_comprehension_continue_return) in ((None, [{}]), FELL)
assert run([1, 0, 0, 1, 1, 1], while_true_else_comprehension_continue_return) in ((5, [{0: 1}]), FELL)

assert run([], while_true_else_code_if_return) in ((None, []), FELL)
assert run([1, 0, 0, 1], while_true_else_code_if_return) in ((None, [1, 2]), FELL)
assert run([1, 0, 0, 1, 1], while_true_else_code_if_return) in ((5, [1, 2]), FELL)

assert run([], while_true_elif_list_comprehension_return) in ((None, []), FELL)
assert run([1, 0, 1], while_true_elif_list_comprehension_return) in ((5, [[]]), FELL)
assert run([1, 0, 1, 1, 1], while_true_elif_list_comprehension_return) in ((5, [[0]]), FELL)
assert run([1, 0, 1, 2, 0, 1], while_true_elif_list_comprehension_return) in ((5, [[1]]), FELL)
assert run([1, 0, 1, 2, 1, 1], while_true_elif_list_comprehension_return) in ((5, [[0, 1]]), FELL)

# (a break out of the while goes round the for loop: no code after the while runs; the old reading ran the
# else's code and returned 5)
assert run([1, 1], while_true_else_comprehension_return) in ((None, []), FELL)
assert run([2, 1, 1], while_true_else_code_return) in ((None, []), FELL)
