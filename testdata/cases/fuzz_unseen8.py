# Silent wrongs of the unseen fuzz set of 2026-12-02's third session (fuzz-shapes.py seeds 27, 28 and
# rich 17, 18, 300 functions each, on e647e09), reduced with --reduce and kept as cases until they are
# read right or fall back (listed in known-differs-X.Y.txt where the decompiled code behaves
# differently, their asserts skipped there):
# - seed 28 f86 (3.13): a while loop's else holding `try: return 9 / except E1: pass / finally: pass`,
#   ending an if's branch, with `raise E1(15)` after the if: the raise was read as the if's else, so
#   the loop's break fell off the function instead of raising (read right now: the loop's copied test,
#   laid out after the handlers, goes back into the branch both ways; BranchExits.backIntoBranch).
# - rich seed 18 f212 (3.13, 3.14): a for loop whose body is a match (its last case `{**rest}` capturing
#   every mapping) followed by a while loop: the while loop was read into an invented `case _:`, which
#   no mapping reaches, so it never ran.
# Each function checks itself on the paths below, whether or not it fell back; `c` and `n` give out
# after 60 calls (Budget), so no path loops forever.
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


def while_else_orphan_try_finally_then_raise(c, t, x, n, m):
    if c():
        while not c():
            try:
                t(4)
                break
            except E1:
                pass
        else:
            try:
                return 9
            except E1:
                pass
            finally:
                pass
    raise E1(15)


def for_match_mapping_rest_then_while(c, t, x, n, m):
    # 3.13, 3.14 (was silently wrong): the break jumps past the NOP of the try body's end, the loop's exit, and
    # was taken for the match's end, the while loop for an invented `case _:` (Matches.isBreak)
    try:
        for i in n():
            match {'k': c() % 3}:
                case {'k': 1 | 2 as z}:
                    break
                case {**rest}:
                    pass
            while c() or c():
                pass
            else:
                pass
    except E1:
        pass
    except E2 as e:
        pass
    x(17)


import sys
VERSION = sys.version_info[:2]

assert run([1, 0], while_else_orphan_try_finally_then_raise) in (('E1', [4]), FELL)
assert run([1, 1], while_else_orphan_try_finally_then_raise) in ((9, []), FELL)
assert run([0], while_else_orphan_try_finally_then_raise) in (('E1', []), FELL)
assert run([1, 0, 1, 0, 0, 0], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
assert run([1, 1], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
assert run([0, 0], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
