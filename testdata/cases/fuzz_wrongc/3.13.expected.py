import sys














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


def except_while_true_break_copy_ending_branch(c, t, x, n, m):
    try:
        x(1)
    except E1:
        t(5)
    except E2 as e:
        while True:
            if not c():
                break
            else:
                t(47)
                if c() and c():
                    t(48)
                    break
    t(6)


def except_while_true_break_copy_ending_branch_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if not c():
                break
            else:
                t(47)
                if c() and c():
                    t(48)
                    break
    finally:
        t(61)


def except_while_true_break_copy_ending_branch_else(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if not c():
                return
            t(47)
            if c() and c():
                t(48)
                return
    else:
        x(49)


def if_try_nested_withs_raise_else_with(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5), m(6):
                raise E1(7)
        except E1:
            pass
        else:
            with m(12):
                t(13)
    else:
        return


def if_try_nested_withs_call_else_with(c, t, x, n, m):
    if c():
        try:
            with m(5), m(6):
                x(7)
        except E1:
            pass
        else:
            with m(12):
                t(13)


def try_nested_withs_raise_else_with(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(7)
    except E1:
        pass
    else:
        with m(12):
            t(13)


def if_try_with_raise_else_with(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5):
                raise E1(7)
        except E1:
            pass
        else:
            with m(12):
                t(13)
    else:
        return


def if_try_nested_withs_raise_else_call(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5), m(6):
                raise E1(7)
        except E1:
            pass
        else:
            t(13)


def if_try_nested_withs_raise_else_call_then_code(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5), m(6):
                raise E1(7)
        except E1:
            pass
        else:
            t(13)
    t(14)


def if_try_with_raise_else_call_then_code(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5):
                raise E1(7)
        except E1:
            pass
        else:
            t(13)
    t(14)


def try_nested_withs_raise_else_with_then_code(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(7)
    except E1:
        pass
    else:
        with m(12):
            t(13)
    t(14)


def if_try_with_raise_elif(c, t, x, n, m):
    if c():
        try:
            with m(1):
                raise E1(27)
        except E1:
            pass
    elif c():
        t(39)
    t(51)


def if_try_with_call_elif(c, t, x, n, m):
    if c():
        try:
            with m(1):
                x(27)
        except E1:
            pass
    elif c():
        t(39)
    t(51)


def if_try_with_raise_else(c, t, x, n, m):
    if c():
        try:
            with m(1):
                raise E1(27)
        except E1:
            pass
    else:
        t(39)
    t(51)


def while_true_while_true_break_ending_body(c, t, x, n, m):
    while True:
        while True:
            if c():
                break
            t(1)


def while_true_if_break_while_true_break_ending_body(c, t, x, n, m):
    while True:
        if c():
            break
        while True:
            if not c():
                break
            t(3)
    t(7)


def while_true_if_break_try_while_true_break_clause_pass(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while True:
                if not c():
                    break
                t(3)
        except E1:
            t(4)
    t(7)


def while_try_while_true_break_clause_break(c, t, x, n, m):
    while c():
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            break
    t(7)


def if_try_with_raise_except_return_else_call_else(c, t, x, n, m):
    if c():
        try:
            with m(5):
                raise E1(7)
        except E1:
            return 1
        else:
            t(4)
    else:
        t(5)


def for_try_with_raise_else_break(c, t, x, n, m):
    for y in n():
        try:
            with m(5):
                raise E1(7)
        except E1:
            t(3)
        else:
            break
    t(2)


def while_try_with_raise_except_return_else_call(c, t, x, n, m):
    while c():
        try:
            with m(5):
                raise E1(7)
        except E1:
            return 1
        else:
            t(4)


def try_with_raise_else_with(c, t, x, n, m):
    try:
        with m(5):
            raise E1(7)
    except E1:
        pass
    else:
        with m(12):
            t(13)


def while_try_nested_withs_raise_else_call(c, t, x, n, m):
    while c():
        try:
            with m(5), m(6):
                raise E1(7)
        except E1:
            t(3)
        else:
            t(4)

assert run([1], except_while_true_break_copy_ending_branch) in ((None, [-1, 5, 6]), FELL)
assert run([], except_while_true_break_copy_ending_branch) in ((None, [-1, 6]), FELL)
assert run([2, 1, 3, 1], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 48, 6]), FELL)
assert run([2, 1], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 6]), FELL)
assert run([2, 2, 0, 1, 2, 3], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 48, 6]), FELL)
assert run([2, 2, 0, 1, 0, 1, 2, 3], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 47, 48, 6]), FELL)
assert run([2, 3, 0, 2], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 6]), FELL)
assert run([2, 2, 0, 2, 0, 2], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 47, 6]), FELL)
assert run([2, 3, 0, 3, 0, 2, 0, 1, 2, 3, 3], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 47, 47, 48, 6]), FELL)
assert run([2, 1, 0, 3, 0, 1, 0, 3, 2, 0], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 47, 47, 6]), FELL)
assert run([2, 1, 0, 1, 0, 3, 0, 2, 0, 2], except_while_true_break_copy_ending_branch) in ((None, [-1, 47, 47, 47, 47, 47, 6]), FELL)
assert run([], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 61]), FELL)
assert run([2, 1], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 61]), FELL)
assert run([2, 3, 0, 1, 2, 0, 1], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 47, 61]), FELL)
assert run([2, 1, 0, 3, 0, 2, 2, 0, 3, 0, 2, 3, 2], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 47, 47, 47, 48, 61]), FELL)
assert run([2, 1, 0, 1, 2, 3], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 48, 61]), FELL)
assert run([1], except_while_true_break_copy_ending_branch_finally) in (('E1', [-1, 61]), FELL)
assert run([2, 3, 0, 3], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 61]), FELL)
assert run([2, 1, 3, 3], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 48, 61]), FELL)
assert run([2, 2, 0, 1, 0, 3, 2, 1], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 47, 48, 61]), FELL)
assert run([2, 1, 0, 1, 3, 0, 1, 0, 3], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 47, 47, 61]), FELL)
assert run([2, 3, 0, 1, 3, 0, 1, 0, 3, 3, 3, 3], except_while_true_break_copy_ending_branch_finally) in ((None, [-1, 47, 47, 47, 47, 48, 61]), FELL)
assert run([2], except_while_true_break_copy_ending_branch_else) in ((None, [-1]), FELL)
assert run([], except_while_true_break_copy_ending_branch_else) in ((None, [-1, -49]), FELL)
assert run([1], except_while_true_break_copy_ending_branch_else) in (('E1', [-1]), FELL)
assert run([3, 1], except_while_true_break_copy_ending_branch_else) in (('E1', [-1, -49]), FELL)
assert run([2, 2], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47]), FELL)
assert run([3, 2], except_while_true_break_copy_ending_branch_else) in (('E2', [-1, -49]), FELL)
assert run([2, 3, 1, 1], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 48]), FELL)
assert run([2, 2, 0, 1], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47]), FELL)
assert run([2, 3, 0, 3, 3, 2], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 48]), FELL)
assert run([2, 1, 1, 0, 2, 0, 1, 1, 1], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 47, 48]), FELL)
assert run([2, 1, 1, 0, 3, 0, 2, 0, 2, 1, 2], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 47, 47, 48]), FELL)
assert run([2, 1, 0, 3, 2, 0, 2], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 47]), FELL)
assert run([2, 2, 3, 0, 1, 0, 1, 0, 1], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 47, 47]), FELL)
assert run([2, 2, 0, 1, 0, 3, 0, 1, 0, 2, 0, 2], except_while_true_break_copy_ending_branch_else) in ((None, [-1, 47, 47, 47, 47, 47, 47]), FELL)
assert run([], if_try_nested_withs_raise_else_with) in ((None, []), FELL)
assert run([2, 3], if_try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([2, 2, 1], if_try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([2], if_try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([2, 2, 3], if_try_nested_withs_call_else_with) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, True), ('exit', 5, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([2, 2, 2, 3], if_try_nested_withs_call_else_with) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([], if_try_nested_withs_call_else_with) in ((None, []), FELL)
assert run([2, 2], if_try_nested_withs_call_else_with) in (('E2', [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], if_try_nested_withs_call_else_with) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([3, 1], if_try_nested_withs_call_else_with) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1], try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([3], try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([], try_nested_withs_raise_else_with) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], if_try_with_raise_else_with) in ((None, []), FELL)
assert run([2, 1], if_try_with_raise_else_with) in ((None, [('enter', 5), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([2], if_try_with_raise_else_with) in ((None, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([], if_try_nested_withs_raise_else_call) in ((None, []), FELL)
assert run([2, 0, 3], if_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 13]), FELL)
assert run([2], if_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([2, 3], if_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 13]), FELL)
assert run([2, 3], if_try_nested_withs_raise_else_call_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 13, 14]), FELL)
assert run([], if_try_nested_withs_raise_else_call_then_code) in ((None, [14]), FELL)
assert run([2], if_try_nested_withs_raise_else_call_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 14]), FELL)
assert run([2, 2, 1], if_try_nested_withs_raise_else_call_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 13, 14]), FELL)
assert run([3], try_nested_withs_raise_else_with_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), ('enter', 12), 13, ('exit', 12, False), 14]), FELL)
assert run([2, 3], try_nested_withs_raise_else_with_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False), 14]), FELL)
assert run([], try_nested_withs_raise_else_with_then_code) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 14]), FELL)
assert run([3, 1], if_try_with_raise_elif) in ((None, [('enter', 1), ('exit', 1, True), 51]), FELL)
assert run([3], if_try_with_raise_elif) in ((None, [('enter', 1), ('exit', 1, False), 51]), FELL)
assert run([0, 2], if_try_with_raise_elif) in ((None, [39, 51]), FELL)
assert run([], if_try_with_raise_elif) in ((None, [51]), FELL)
assert run([3, 2, 3], if_try_with_call_elif) in ((None, [('enter', 1), -27, ('exit', 1, True), 51]), FELL)
assert run([], if_try_with_call_elif) in ((None, [51]), FELL)
assert run([0, 2], if_try_with_call_elif) in ((None, [39, 51]), FELL)
assert run([1], if_try_with_call_elif) in ((None, [('enter', 1), -27, ('exit', 1, False), 51]), FELL)
assert run([1, 2], if_try_with_call_elif) in (('E2', [('enter', 1), -27, ('exit', 1, False)]), FELL)
assert run([1], if_try_with_raise_else) in ((None, [('enter', 1), ('exit', 1, False), 51]), FELL)
assert run([1, 3], if_try_with_raise_else) in ((None, [('enter', 1), ('exit', 1, True), 51]), FELL)
assert run([], if_try_with_raise_else) in ((None, [39, 51]), FELL)
assert run([3, 2, 1, 3, 2, 2, 1], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 3], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([3, 3, 1, 1, 2, 3, 2, 1, 1, 2, 3], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([3, 2, 1, 2], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([2, 3, 3, 3, 2], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([2], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([3, 3, 1, 1, 1, 1, 2, 2, 2], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([2, 1, 3, 3, 3, 2, 3, 2, 1, 1], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1, 3, 1, 3, 2, 2, 3, 3, 1, 3, 3], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([3, 1, 2], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([2, 1, 1, 3, 3, 1], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([2, 2, 1, 1, 2, 2, 2, 3], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 2, 1, 1, 2, 3, 1, 3, 2, 3, 2, 3, 1], while_true_while_true_break_ending_body) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_if_break_while_true_break_ending_body) in ((None, [7]), FELL)
assert run([0, 3, 3, 0, 3], while_true_if_break_while_true_break_ending_body) in ((None, [3, 3, 7]), FELL)
assert run([0, 1, 3, 2, 3], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3, 3, 3]), FELL)
assert run([], while_true_if_break_while_true_break_ending_body) in (('Budget', []), FELL)
assert run([0, 1, 1, 3], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3, 3]), FELL)
assert run([0, 2, 3, 1, 2, 3], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3, 3, 3, 3]), FELL)
assert run([0, 2], while_true_if_break_while_true_break_ending_body) in (('Budget', [3]), FELL)
assert run([0, 1, 3], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3]), FELL)
assert run([0, 1, 2, 2, 2, 2, 1, 1], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 3, 0, 1], while_true_if_break_while_true_break_ending_body) in ((None, [3, 7]), FELL)
assert run([0, 1, 1, 1, 3, 0, 1], while_true_if_break_while_true_break_ending_body) in ((None, [3, 3, 3, 3, 7]), FELL)
assert run([0, 3, 2, 2, 3, 1, 0, 3], while_true_if_break_while_true_break_ending_body) in ((None, [3, 3, 3, 3, 3, 7]), FELL)
assert run([0, 1, 2, 2, 3, 2, 3, 1, 3, 2], while_true_if_break_while_true_break_ending_body) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 1, 1, 1, 0, 1], while_true_if_break_while_true_break_ending_body) in ((None, [3, 3, 3, 7]), FELL)
assert run([1], while_true_if_break_try_while_true_break_clause_pass) in ((None, [7]), FELL)
assert run([0, 2, 1, 2, 2, 1, 3, 0, 3], while_true_if_break_try_while_true_break_clause_pass) in ((None, [3, 3, 3, 3, 3, 3, 7]), FELL)
assert run([0, 2, 0, 2], while_true_if_break_try_while_true_break_clause_pass) in ((None, [3, 7]), FELL)
assert run([], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', []), FELL)
assert run([0, 1, 3, 0, 3], while_true_if_break_try_while_true_break_clause_pass) in ((None, [3, 3, 7]), FELL)
assert run([0, 1, 3, 3, 3, 1, 3, 2, 3], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 3, 1, 3, 2, 2, 2, 2, 2, 1], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 2, 3, 2, 1, 3], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3]), FELL)
assert run([0, 2, 2, 2], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3]), FELL)
assert run([0, 2], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3]), FELL)
assert run([0, 3, 2, 3, 2, 3, 2], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 3, 1, 2, 1, 3, 2, 2], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 3, 3, 3, 2, 1, 1, 1, 2, 1, 3, 1, 2], while_true_if_break_try_while_true_break_clause_pass) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 1, 2, 3, 1, 3, 0, 3], while_true_if_break_try_while_true_break_clause_pass) in ((None, [3, 3, 3, 3, 3, 7]), FELL)
assert run([3, 3, 3, 2], while_try_while_true_break_clause_break) in ((None, [-3, -3, 7]), FELL)
assert run([], while_try_while_true_break_clause_break) in ((None, [7]), FELL)
assert run([2, 2], while_try_while_true_break_clause_break) in ((None, [-3, 7]), FELL)
assert run([1, 2, 0, 2, 2], while_try_while_true_break_clause_break) in (('E2', [-3, -3]), FELL)
assert run([2, 1, 3, 3, 3, 3, 2], while_try_while_true_break_clause_break) in (('E2', [-3, -3, -3]), FELL)
assert run([1, 1, 2], while_try_while_true_break_clause_break) in (('E2', [-3]), FELL)
assert run([3, 3, 3, 3, 3, 2], while_try_while_true_break_clause_break) in ((None, [-3, -3, -3, 7]), FELL)
assert run([2, 2, 3, 1, 0, 2, 3, 2, 2], while_try_while_true_break_clause_break) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([1, 2, 0, 1, 0, 3, 0, 1], while_try_while_true_break_clause_break) in ((None, [-3, -3, -3, -3, 7]), FELL)
assert run([2, 3, 0, 3, 3, 3, 0, 3, 3, 1], while_try_while_true_break_clause_break) in ((None, [-3, -3, -3, -3, -3, 7]), FELL)
assert run([2, 1, 0, 2, 0, 1, 3, 3, 3, 3, 0, 2, 2], while_try_while_true_break_clause_break) in (('E2', [-3, -3, -3, -3, -3, -3]), FELL)
assert run([3, 1, 0, 2, 0, 1, 3, 3, 0, 1, 0, 1, 3], while_try_while_true_break_clause_break) in ((None, [-3, -3, -3, -3, -3, -3, 7]), FELL)
assert run([], if_try_with_raise_except_return_else_call_else) in ((None, [5]), FELL)
assert run([1], if_try_with_raise_except_return_else_call_else) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1, 3], if_try_with_raise_except_return_else_call_else) in ((None, [('enter', 5), ('exit', 5, True), 4]), FELL)
assert run([1, 2], if_try_with_raise_except_return_else_call_else) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([], for_try_with_raise_else_break) in ((None, [2]), FELL)
assert run([1], for_try_with_raise_else_break) in ((None, [('enter', 5), ('exit', 5, False), 3, 2]), FELL)
assert run([2], for_try_with_raise_else_break) in ((None, [('enter', 5), ('exit', 5, False), 3, ('enter', 5), ('exit', 5, False), 3, 2]), FELL)
assert run([2, 3], for_try_with_raise_else_break) in ((None, [('enter', 5), ('exit', 5, True), 2]), FELL)
assert run([2, 0, 3], for_try_with_raise_else_break) in ((None, [('enter', 5), ('exit', 5, False), 3, ('enter', 5), ('exit', 5, True), 2]), FELL)
assert run([3, 0, 0, 1], for_try_with_raise_else_break) in ((None, [('enter', 5), ('exit', 5, False), 3, ('enter', 5), ('exit', 5, False), 3, ('enter', 5), ('exit', 5, True), 2]), FELL)
assert run([], while_try_with_raise_except_return_else_call) in ((None, []), FELL)
assert run([1], while_try_with_raise_except_return_else_call) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1, 3], while_try_with_raise_except_return_else_call) in ((None, [('enter', 5), ('exit', 5, True), 4]), FELL)
assert run([1, 3, 1, 3, 0], while_try_with_raise_except_return_else_call) in ((None, [('enter', 5), ('exit', 5, True), 4, ('enter', 5), ('exit', 5, True), 4]), FELL)
assert run([1, 0, 1, 3, 0], while_try_with_raise_except_return_else_call) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([], try_with_raise_else_with) in ((None, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1], try_with_raise_else_with) in ((None, [('enter', 5), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([3], try_with_raise_else_with) in ((None, [('enter', 5), ('exit', 5, True), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([], while_try_nested_withs_raise_else_call) in ((None, []), FELL)
assert run([1], while_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 3]), FELL)
assert run([1, 3], while_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 4]), FELL)
assert run([1, 0, 1], while_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 4]), FELL)
assert run([1, 0, 3, 0], while_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 4]), FELL)
assert run([1, 2, 1, 1, 3, 0], while_try_nested_withs_raise_else_call) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 4, ('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 4]), FELL)
assert run([], if_try_with_raise_else_call_then_code) in ((None, [14]), FELL)
assert run([2], if_try_with_raise_else_call_then_code) in ((None, [('enter', 5), ('exit', 5, False), 14]), FELL)
assert run([2, 1], if_try_with_raise_else_call_then_code) in ((None, [('enter', 5), ('exit', 5, True), 13, 14]), FELL)
