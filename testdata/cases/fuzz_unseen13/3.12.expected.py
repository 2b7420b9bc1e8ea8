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


def try_if_else_calls_else_break(c, t, x, n, m):
    while c():
        try:
            if c():
                t(8)
                return
            x(9)
            return
        except E1:
            pass


def try_if_else_pass_else_break(c, t, x, n, m):
    # depyf: could not decompile try_if_else_pass_else_break: a statement (Return) after return in the same block (a misread layout)
    #   103           0 RESUME                   0
    #   
    #   104           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   105     >>   16 NOP
    #   
    #   106          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        9 (to 50)
    #   
    #   107          32 PUSH_NULL
    #                34 LOAD_FAST                2 (x)
    #                36 LOAD_CONST               1 (8)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #   113          48 RETURN_CONST             0 (None)
    #   
    #   109     >>   50 NOP
    #   
    #   113          52 RETURN_CONST             0 (None)
    #           >>   54 RETURN_CONST             0 (None)
    #   
    #   104     >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   110          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #   111          76 POP_EXCEPT
    #                78 JUMP_FORWARD             4 (to 88)
    #   
    #   110     >>   80 RERAISE                  0
    #           >>   82 COPY                     3
    #                84 POP_EXCEPT
    #                86 RERAISE                  1
    #   
    #   104     >>   88 PUSH_NULL
    #                90 LOAD_FAST                0 (c)
    #                92 CALL                     0
    #               100 POP_JUMP_IF_FALSE        1 (to 104)
    #               102 JUMP_BACKWARD           44 (to 16)
    #           >>  104 JUMP_BACKWARD           26 (to 54)
    #   ExceptionTable:
    #     18 to 46 -> 58 [0]
    #     58 to 74 -> 82 [1] lasti
    #     80 to 80 -> 82 [1] lasti
    raise RuntimeError('depyf: could not decompile try_if_else_pass_else_break: a statement (Return) after return in the same block (a misread layout)')


def try_if_else_pass_else_break_then_code(c, t, x, n, m):
    while c():
        try:
            if c():
                x(8)
            else:
                pass
        except E1:
            pass
        else:
            break
    t(1)


def try_if_else_break_then_code(c, t, x, n, m):
    while c():
        try:
            if c():
                x(8)
        except E1:
            pass
        else:
            break
    t(1)


def try_if_else_calls_else_break_then_code(c, t, x, n, m):
    while c():
        try:
            if c():
                x(8)
            else:
                t(9)
        except E1:
            pass
        else:
            break
    t(1)


def try_if_not_two_clauses_else_break(c, t, x, n, m):
    # depyf: could not decompile try_if_not_two_clauses_else_break: a statement (Return) after return in the same block (a misread layout)
    #   156           0 RESUME                   0
    #   
    #   157           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   158     >>   16 NOP
    #   
    #   159          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_TRUE         9 (to 50)
    #   
    #   160          32 PUSH_NULL
    #                34 LOAD_FAST                2 (x)
    #                36 LOAD_CONST               1 (8)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #   168          48 RETURN_CONST             0 (None)
    #   
    #   162     >>   50 NOP
    #   
    #   168          52 RETURN_CONST             0 (None)
    #           >>   54 RETURN_CONST             0 (None)
    #   
    #   157     >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   163          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #   164          76 POP_EXCEPT
    #                78 JUMP_FORWARD            21 (to 122)
    #   
    #   165     >>   80 LOAD_GLOBAL              2 (E2)
    #                90 CHECK_EXC_MATCH
    #                92 POP_JUMP_IF_FALSE       10 (to 114)
    #                94 STORE_FAST               5 (e)
    #   
    #   166          96 POP_EXCEPT
    #                98 LOAD_CONST               0 (None)
    #               100 STORE_FAST               5 (e)
    #               102 DELETE_FAST              5 (e)
    #               104 JUMP_FORWARD             8 (to 122)
    #               106 LOAD_CONST               0 (None)
    #               108 STORE_FAST               5 (e)
    #               110 DELETE_FAST              5 (e)
    #               112 RERAISE                  1
    #   
    #   165     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   157     >>  122 PUSH_NULL
    #               124 LOAD_FAST                0 (c)
    #               126 CALL                     0
    #               134 POP_JUMP_IF_FALSE        1 (to 138)
    #               136 JUMP_BACKWARD           61 (to 16)
    #           >>  138 JUMP_BACKWARD           43 (to 54)
    #   ExceptionTable:
    #     18 to 46 -> 58 [0]
    #     58 to 74 -> 116 [1] lasti
    #     80 to 94 -> 116 [1] lasti
    #     106 to 114 -> 116 [1] lasti
    raise RuntimeError('depyf: could not decompile try_if_not_two_clauses_else_break: a statement (Return) after return in the same block (a misread layout)')


def while_true_try_inner_break_clause_for_else_return(c, t, x, n, m):
    while True:
        try:
            while True:
                if 0 < c() < 5:
                    break
                x(1)
        except E1:
            for k in n():
                t(k)
            return 4


def named_clause_if_try_else_returns(c, t, x, n, m):
    try:
        x(2)
    except E1:
        pass
    except E2 as e:
        if c():
            try:
                x(15)
            except E1:
                pass
            else:
                t(20)
                return 21
    t(22)


def clause_try_while_break_clause_returns(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            return 6
    except E2 as e:
        pass
    finally:
        t(7)


def closure_clause_while_true_break_else_code(c, t, x, n, m):
    def inner():
        while c():
            try:
                if not c():
                    pass
                else:
                    x(11)
            except E1:
                pass
            except E2 as e:
                while True:
                    if c():
                        break
                    t(18)
            else:
                t(19)
    return inner()

assert run([], try_if_else_calls_else_break) in ((None, []), FELL)
assert run([1], try_if_else_calls_else_break) in ((None, [-9]), FELL)
assert run([1, 1], try_if_else_calls_else_break) in ((None, [8]), FELL)
assert run([1, 0, 2], try_if_else_calls_else_break) in (('E2', [-9]), FELL)
assert run([1, 0, 1, 1], try_if_else_calls_else_break) in ((None, [-9, -9]), FELL)
assert run([1, 0, 1, 1, 1], try_if_else_calls_else_break) in ((None, [-9, 8]), FELL)
assert run([2], try_if_else_calls_else_break) in ((None, [-9]), FELL)
assert run([3], try_if_else_calls_else_break) in ((None, [-9]), FELL)
assert run([1, 2], try_if_else_calls_else_break) in ((None, [8]), FELL)
assert run([1, 3], try_if_else_calls_else_break) in ((None, [8]), FELL)
assert run([2, 1], try_if_else_calls_else_break) in ((None, [8]), FELL)
assert run([2, 2], try_if_else_calls_else_break) in ((None, [8]), FELL)
assert run([], try_if_else_pass_else_break) in ((None, []), FELL)
assert run([1, 1], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([1, 1, 2], try_if_else_pass_else_break) in (('E2', [-8]), FELL)
assert run([1, 1, 1, 1, 1], try_if_else_pass_else_break) in ((None, [-8, -8]), FELL)
assert run([1, 2], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([1, 3], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([2, 1], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([2, 2], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([2, 3], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([3, 1], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([3, 2], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([3, 3], try_if_else_pass_else_break) in ((None, [-8]), FELL)
assert run([], try_if_else_pass_else_break_then_code) in ((None, [1]), FELL)
assert run([1, 1], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 1, 2], try_if_else_pass_else_break_then_code) in (('E2', [-8]), FELL)
assert run([1, 1, 1, 1, 1], try_if_else_pass_else_break_then_code) in ((None, [-8, -8, 1]), FELL)
assert run([1, 2], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 3], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 1], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 2], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 3], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 1], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 2], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 3], try_if_else_pass_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([], try_if_else_break_then_code) in ((None, [1]), FELL)
assert run([1, 1], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 1, 2], try_if_else_break_then_code) in (('E2', [-8]), FELL)
assert run([1, 1, 1, 1, 1], try_if_else_break_then_code) in ((None, [-8, -8, 1]), FELL)
assert run([1, 2], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 3], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 1], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 2], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 3], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 1], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 2], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([3, 3], try_if_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([], try_if_else_calls_else_break_then_code) in ((None, [1]), FELL)
assert run([1], try_if_else_calls_else_break_then_code) in ((None, [9, 1]), FELL)
assert run([1, 1], try_if_else_calls_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 1, 2], try_if_else_calls_else_break_then_code) in (('E2', [-8]), FELL)
assert run([1, 1, 1, 1], try_if_else_calls_else_break_then_code) in ((None, [-8, 9, 1]), FELL)
assert run([1, 1, 1, 1, 1], try_if_else_calls_else_break_then_code) in ((None, [-8, -8, 1]), FELL)
assert run([2], try_if_else_calls_else_break_then_code) in ((None, [9, 1]), FELL)
assert run([3], try_if_else_calls_else_break_then_code) in ((None, [9, 1]), FELL)
assert run([1, 2], try_if_else_calls_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([1, 3], try_if_else_calls_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 1], try_if_else_calls_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([2, 2], try_if_else_calls_else_break_then_code) in ((None, [-8, 1]), FELL)
assert run([], try_if_not_two_clauses_else_break) in ((None, []), FELL)
assert run([1], try_if_not_two_clauses_else_break) in ((None, [-8]), FELL)
assert run([1, 0, 1, 1], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([2], try_if_not_two_clauses_else_break) in ((None, [-8]), FELL)
assert run([3], try_if_not_two_clauses_else_break) in ((None, [-8]), FELL)
assert run([1, 0, 1, 2], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([1, 0, 1, 3], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([1, 0, 2, 1], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([1, 0, 2, 2], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([1, 0, 2, 3], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([2, 0, 1, 1], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([2, 0, 1, 2], try_if_not_two_clauses_else_break) in ((None, [-8, -8]), FELL)
assert run([], while_true_try_inner_break_clause_for_else_return) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([1], while_true_try_inner_break_clause_for_else_return) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1], while_true_try_inner_break_clause_for_else_return) in ((4, [-1]), FELL)
assert run([0, 2], while_true_try_inner_break_clause_for_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_inner_break_clause_for_else_return) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 1], while_true_try_inner_break_clause_for_else_return) in ((4, [-1, 0]), FELL)
assert run([0, 1, 2], while_true_try_inner_break_clause_for_else_return) in ((4, [-1, 0, 1]), FELL)
assert run([0, 1, 3], while_true_try_inner_break_clause_for_else_return) in ((4, [-1, 0, 1, 2]), FELL)
assert run([1, 1, 1], while_true_try_inner_break_clause_for_else_return) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 0, 1], while_true_try_inner_break_clause_for_else_return) in ((4, [-1, -1]), FELL)
assert run([0, 0, 0, 2], while_true_try_inner_break_clause_for_else_return) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1, 1], while_true_try_inner_break_clause_for_else_return) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([], named_clause_if_try_else_returns) in ((None, [-2, 22]), FELL)
assert run([2, 1], named_clause_if_try_else_returns) in ((21, [-2, -15, 20]), FELL)
assert run([2, 1, 1], named_clause_if_try_else_returns) in ((None, [-2, -15, 22]), FELL)
assert run([2, 1, 2], named_clause_if_try_else_returns) in (('E2', [-2, -15]), FELL)
assert run([2, 2], named_clause_if_try_else_returns) in ((21, [-2, -15, 20]), FELL)
assert run([2, 3], named_clause_if_try_else_returns) in ((21, [-2, -15, 20]), FELL)
assert run([2, 2, 1], named_clause_if_try_else_returns) in ((None, [-2, -15, 22]), FELL)
assert run([2, 2, 2], named_clause_if_try_else_returns) in (('E2', [-2, -15]), FELL)
assert run([2, 3, 1], named_clause_if_try_else_returns) in ((None, [-2, -15, 22]), FELL)
assert run([2, 3, 2], named_clause_if_try_else_returns) in (('E2', [-2, -15]), FELL)
assert run([], clause_try_while_break_clause_returns) in ((None, [-2, 7]), FELL)
assert run([1, 1], clause_try_while_break_clause_returns) in ((None, [-2, -3, 7]), FELL)
assert run([1, 1, 1], clause_try_while_break_clause_returns) in ((6, [-2, -3, 7]), FELL)
assert run([1, 1, 2], clause_try_while_break_clause_returns) in (('E2', [-2, -3, 7]), FELL)
assert run([1, 1, 0, 1], clause_try_while_break_clause_returns) in ((None, [-2, -3, -3, 7]), FELL)
assert run([1, 1, 0, 1, 1], clause_try_while_break_clause_returns) in ((6, [-2, -3, -3, 7]), FELL)
assert run([1, 1, 0, 1, 2], clause_try_while_break_clause_returns) in (('E2', [-2, -3, -3, 7]), FELL)
assert run([1, 2], clause_try_while_break_clause_returns) in ((None, [-2, -3, 7]), FELL)
assert run([1, 3], clause_try_while_break_clause_returns) in ((None, [-2, -3, 7]), FELL)
assert run([1, 2, 1], clause_try_while_break_clause_returns) in ((6, [-2, -3, 7]), FELL)
assert run([1, 2, 2], clause_try_while_break_clause_returns) in (('E2', [-2, -3, 7]), FELL)
assert run([1, 3, 1], clause_try_while_break_clause_returns) in ((6, [-2, -3, 7]), FELL)
assert run([], closure_clause_while_true_break_else_code) in ((None, []), FELL)
assert run([1], closure_clause_while_true_break_else_code) in ((None, [19]), FELL)
assert run([1, 1], closure_clause_while_true_break_else_code) in ((None, [-11, 19]), FELL)
assert run([1, 0, 1], closure_clause_while_true_break_else_code) in ((None, [19, 19]), FELL)
assert run([1, 1, 1], closure_clause_while_true_break_else_code) in ((None, [-11]), FELL)
assert run([1, 1, 2], closure_clause_while_true_break_else_code) in (('Budget', [-11, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18]), FELL)
assert run([1, 0, 1, 1], closure_clause_while_true_break_else_code) in ((None, [19, -11, 19]), FELL)
assert run([1, 1, 0, 1], closure_clause_while_true_break_else_code) in ((None, [-11, 19, 19]), FELL)
assert run([1, 0, 1, 0, 1], closure_clause_while_true_break_else_code) in ((None, [19, 19, 19]), FELL)
assert run([1, 0, 1, 1, 1], closure_clause_while_true_break_else_code) in ((None, [19, -11]), FELL)
assert run([1, 0, 1, 1, 2], closure_clause_while_true_break_else_code) in (('Budget', [19, -11, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18]), FELL)
assert run([1, 1, 0, 1, 1], closure_clause_while_true_break_else_code) in ((None, [-11, 19, -11, 19]), FELL)
