import sys

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


def except_while_true_break_copy_ending_branch(c, t, x, n, m):
    try:
        x(1)
    except E1:
        t(5)
    except E2 as e:
        while True:
            if not c():
                break
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
                break
            else:
                t(47)
                if c() and c():
                    t(48)
                    break
                continue
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
        return None


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
        return None


def if_try_nested_withs_raise_else_call(c, t, x, n, m):
    if c() == 2:
        try:
            with m(5), m(6):
                raise E1(7)
        except E1:
            pass
        else:
            t(13)
    else:
        return None


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
    # depyf: could not decompile while_try_nested_withs_raise_else_call: the code a with's suppressing path reaches past its handler was never read at 146
    #   376           0 RESUME                   0
    #   
    #   378           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       31 (to 78)
    #   
    #   379     >>   16 NOP
    #   
    #   380          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (5)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 POP_TOP
    #                36 PUSH_NULL
    #                38 LOAD_FAST                4 (m)
    #                40 LOAD_CONST               2 (6)
    #                42 CALL                     1
    #                50 BEFORE_WITH
    #                52 POP_TOP
    #   
    #   381          54 LOAD_GLOBAL              1 (NULL + E1)
    #                64 LOAD_CONST               3 (7)
    #                66 CALL                     1
    #                74 RAISE_VARARGS            1
    #           >>   76 RETURN_CONST             0 (None)
    #   
    #   378     >>   78 RETURN_CONST             0 (None)
    #   
    #   380     >>   80 PUSH_EXC_INFO
    #                82 WITH_EXCEPT_START
    #                84 POP_JUMP_IF_TRUE         1 (to 88)
    #                86 RERAISE                  2
    #           >>   88 POP_TOP
    #                90 POP_EXCEPT
    #                92 POP_TOP
    #                94 POP_TOP
    #                96 JUMP_FORWARD             3 (to 104)
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #           >>  104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 CALL                     2
    #               118 POP_TOP
    #               120 JUMP_FORWARD            12 (to 146)
    #           >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_IF_TRUE         1 (to 130)
    #               128 RERAISE                  2
    #           >>  130 POP_TOP
    #               132 POP_EXCEPT
    #               134 POP_TOP
    #               136 POP_TOP
    #               138 JUMP_FORWARD             3 (to 146)
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   
    #   385     >>  146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               4 (4)
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 JUMP_FORWARD            23 (to 210)
    #           >>  164 PUSH_EXC_INFO
    #   
    #   382         166 LOAD_GLOBAL              0 (E1)
    #               176 CHECK_EXC_MATCH
    #               178 POP_JUMP_IF_FALSE       11 (to 202)
    #               180 POP_TOP
    #   
    #   383         182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               5 (3)
    #               188 CALL                     1
    #               196 POP_TOP
    #               198 POP_EXCEPT
    #               200 JUMP_FORWARD             4 (to 210)
    #   
    #   382     >>  202 RERAISE                  0
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #   
    #   378     >>  210 PUSH_NULL
    #               212 LOAD_FAST                0 (c)
    #               214 CALL                     0
    #               222 POP_JUMP_IF_FALSE        1 (to 226)
    #               224 JUMP_BACKWARD          105 (to 16)
    #           >>  226 JUMP_BACKWARD           76 (to 76)
    #   ExceptionTable:
    #     18 to 32 -> 164 [0]
    #     34 to 50 -> 122 [1] lasti
    #     52 to 74 -> 80 [2] lasti
    #     80 to 88 -> 98 [4] lasti
    #     90 to 102 -> 122 [1] lasti
    #     104 to 120 -> 164 [0]
    #     122 to 130 -> 140 [3] lasti
    #     132 to 144 -> 164 [0]
    #     164 to 196 -> 204 [1] lasti
    #     202 to 202 -> 204 [1] lasti
    raise RuntimeError("depyf: could not decompile while_try_nested_withs_raise_else_call: the code a with's suppressing path reaches past its handler was never read at 146")

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
