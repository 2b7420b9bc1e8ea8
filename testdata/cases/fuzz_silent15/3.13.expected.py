


























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


def while_true_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c() or c():
            pass
        else:
            with m(1):
                try:
                    x(6)
                except E1:
                    pass
                else:
                    return 10
            continue
        t(11)
        return None


def while_true_single_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            with m(1):
                try:
                    x(6)
                except E1:
                    pass
                else:
                    return 10
            continue
        t(11)
        return None


def orphan_try_then_try_except_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass
    else:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)


def orphan_try_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c():
                break
        t(23)
    finally:
        t(31)


def orphan_try_then_try_except_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass


def for_return_in_try_finally_in_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for j in n():
                return 4
        finally:
            t(5)


def while_true_break_in_try_in_clause(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            while True:
                if not c():
                    break
                else:
                    t(4)
        except E1:
            pass
    except E2 as e:
        pass
    else:
        pass
    finally:
        pass
    return


def raising_try_in_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            raise E1(10)
        except E1:
            pass
    t(49)


def try_while_else_return_past_range(c, t, x, n, m):
    try:
        while c():
            if c():
                continue
            break
        else:
            if c():
                return 31
    except E1:
        pass
    t(40)


def while_in_orphan_try_else_in_named_clause(c, t, x, n, m):
    try:
        if c():
            x(4)
    except E1:
        pass
    except E2 as e:
        try:
            pass
        except E1:
            pass
        else:
            while True:
                if c():
                    break
                else:
                    t(47)
    finally:
        pass
    return


def with_suppressing_into_try_of_endless_loop(c, t, x, n, m):
    if c() or c():
        with m(3) as w:
            pass
    else:
        pass
    try:
        while True:
            if not c():
                pass
            while c():
                t(7)
    except E1:
        pass
    except E2 as e:
        pass
    t(17)


def with_suppressing_into_try_of_nested_loops(c, t, x, n, m):
    if c():
        with m(3) as w:
            pass
    try:
        while True:
            while c():
                t(7)
    except E1:
        pass
    t(17)


def clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if c():
                break
    try:
        while True:
            if c() or c():
                break
        t(23)
    finally:
        t(31)


def orphan_clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        while True:
            if c():
                break
    else:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)

assert run([], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 0, 2, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_single_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([0, 1, 0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 1, 0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([], orphan_try_then_try_except_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([], orphan_try_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([], orphan_try_then_try_except_loop) in (('Budget', []), FELL)
assert run([1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([], for_return_in_try_finally_in_clause) in ((None, [-1]), FELL)
assert run([1], for_return_in_try_finally_in_clause) in ((None, [-1, 5]), FELL)
assert run([2], for_return_in_try_finally_in_clause) in (('E2', [-1]), FELL)
assert run([1, 1], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 2], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 3], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([], while_true_break_in_try_in_clause) in ((None, [-2]), FELL)
assert run([1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4]), FELL)
assert run([1, 1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4, 4]), FELL)
assert run([1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([], raising_try_in_named_clause) in ((None, [-1, 49]), FELL)
assert run([1], raising_try_in_named_clause) in (('E1', [-1]), FELL)
assert run([], try_while_else_return_past_range) in ((None, [40]), FELL)
assert run([0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([], while_in_orphan_try_else_in_named_clause) in ((None, []), FELL)
assert run([1], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([1, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47, 47]), FELL)
assert run([2], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([3], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([2, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([3, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 2], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 3], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([2, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([], with_suppressing_into_try_of_endless_loop) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([1, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 0, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7]), FELL)
assert run([1, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 0, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7, 7]), FELL)
assert run([1, 0, 1, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([], with_suppressing_into_try_of_nested_loops) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7]), FELL)
assert run([1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7]), FELL)
assert run([1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([0, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([], clause_loop_break_then_try_finally_loop) in (('Budget', [-1, 31]), FELL)
assert run([1], clause_loop_break_then_try_finally_loop) in (('E1', [-1]), FELL)
assert run([2], clause_loop_break_then_try_finally_loop) in (('Budget', [-1]), FELL)
assert run([0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([], orphan_clause_loop_break_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
