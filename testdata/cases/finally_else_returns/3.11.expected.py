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


def for_else_returns(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1 as e:
            t(2)
        except E2:
            pass
        else:
            t(3)
            return 39
        finally:
            t(4)
        t(5)
    return 1


def for_else_branch_returns(c, t, x, n, m):
    for k in n():
        t(1)
        try:
            x(2)
        except E1:
            pass
        else:
            if c():
                return 3
            t(4)
            return 39
        finally:
            t(5)
    return 1


def for_if_else_returns(c, t, x, n, m):
    for k in n():
        if c():
            try:
                x(1)
            except E1:
                pass
            else:
                t(2)
                return 39
            finally:
                t(3)
        t(4)
    return 1


def while_nested_else_returns(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            t(2)
        else:
            t(3)
            return 39
        finally:
            t(4)
    return 1


def for_clause_continues(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            continue
        else:
            t(2)
            return 39
        finally:
            t(3)
    return 1


def for_else_returns_name(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            pass
        else:
            t(2)
            return k
        finally:
            t(3)
    return 1


def while_true_else_returns(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            pass
        else:
            t(2)
            return 39
        finally:
            t(3)


def for_else_breaks(c, t, x, n, m):
    # depyf: could not decompile for_else_breaks: except clauses fall off past the end of their region, the else clause into it, at 100
    #   185           0 RESUME                   0
    #   
    #   186           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                83 (to 190)
    #                24 STORE_FAST               5 (k)
    #   
    #   187          26 NOP
    #   
    #   188          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #   
    #   192          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               2 (2)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #   
    #   193          72 NOP
    #   
    #   195          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               3 (3)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #                96 POP_TOP
    #                98 JUMP_FORWARD            45 (to 190)
    #           >>  100 PUSH_EXC_INFO
    #   
    #   189         102 LOAD_GLOBAL              0 (E1)
    #               114 CHECK_EXC_MATCH
    #               116 POP_JUMP_FORWARD_IF_FALSE     3 (to 124)
    #               118 POP_TOP
    #   
    #   190         120 POP_EXCEPT
    #               122 JUMP_FORWARD             4 (to 132)
    #   
    #   189     >>  124 RERAISE                  0
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #   
    #   190     >>  132 NOP
    #   
    #   195         134 PUSH_NULL
    #               136 LOAD_FAST                1 (t)
    #               138 LOAD_CONST               3 (3)
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 JUMP_BACKWARD           68 (to 22)
    #           >>  158 PUSH_EXC_INFO
    #               160 PUSH_NULL
    #               162 LOAD_FAST                1 (t)
    #               164 LOAD_CONST               3 (3)
    #               166 PRECALL                  1
    #               170 CALL                     1
    #               180 POP_TOP
    #               182 RERAISE                  0
    #           >>  184 COPY                     3
    #               186 POP_EXCEPT
    #               188 RERAISE                  1
    #   
    #   196     >>  190 LOAD_CONST               1 (1)
    #               192 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 100 [1]
    #     50 to 70 -> 158 [1]
    #     100 to 118 -> 126 [2] lasti
    #     120 to 122 -> 158 [1]
    #     124 to 124 -> 126 [2] lasti
    #     126 to 130 -> 158 [1]
    #     158 to 182 -> 184 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_breaks: except clauses fall off past the end of their region, the else clause into it, at 100')


def while_test_else_returns(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            t(2)
        else:
            t(3)
            return 39
        finally:
            t(4)
    return 1


def retry_then_log(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        finally:
            t(4)
        t(5)
    return 6


def retry_while_then_branch(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            pass
        finally:
            t(2)
        if c():
            t(3)
        t(4)
    return 5


def retry_then_raise(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        except E2:
            t(4)
        finally:
            t(5)
        raise KeyError(k)
    return 6


def retry_then_break(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        finally:
            t(4)
        if c():
            break
        t(5)
    t(6)
    return 7


def retry_else_then_log(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 3
        except E1:
            t(2)
        finally:
            t(4)
        t(5)
    return 6

assert run([], for_else_returns) in ((1, []), FELL)
assert run([1], for_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], for_else_returns) in ((1, [-1, 2, 4, 5]), FELL)
assert run([1, 2], for_else_returns) in ((1, [-1, 4, 5]), FELL)
assert run([2, 1], for_else_returns) in ((39, [-1, 2, 4, 5, -1, 3, 4]), FELL)
assert run([2, 2], for_else_returns) in ((39, [-1, 4, 5, -1, 3, 4]), FELL)
assert run([], for_else_branch_returns) in ((1, []), FELL)
assert run([1], for_else_branch_returns) in ((39, [1, -2, 4, 5]), FELL)
assert run([1, 1], for_else_branch_returns) in ((1, [1, -2, 5]), FELL)
assert run([1, 2], for_else_branch_returns) in (('E2', [1, -2, 5]), FELL)
assert run([2, 1], for_else_branch_returns) in ((39, [1, -2, 5, 1, -2, 4, 5]), FELL)
assert run([1, 0, 1], for_else_branch_returns) in ((3, [1, -2, 5]), FELL)
assert run([], for_if_else_returns) in ((1, []), FELL)
assert run([1], for_if_else_returns) in ((1, [4]), FELL)
assert run([2], for_if_else_returns) in ((1, [4, 4]), FELL)
assert run([1, 1], for_if_else_returns) in ((39, [-1, 2, 3]), FELL)
assert run([1, 1, 1], for_if_else_returns) in ((1, [-1, 3, 4]), FELL)
assert run([1, 1, 2], for_if_else_returns) in (('E2', [-1, 3]), FELL)
assert run([], while_nested_else_returns) in ((1, []), FELL)
assert run([1], while_nested_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], while_nested_else_returns) in ((1, [-1, 2, 4]), FELL)
assert run([1, 2], while_nested_else_returns) in (('E2', [-1, 4]), FELL)
assert run([1, 1, 1], while_nested_else_returns) in ((39, [-1, 2, 4, -1, 3, 4]), FELL)
assert run([1, 1, 1, 1], while_nested_else_returns) in ((1, [-1, 2, 4, -1, 2, 4]), FELL)
assert run([], for_clause_continues) in ((1, []), FELL)
assert run([1], for_clause_continues) in ((39, [-1, 2, 3]), FELL)
assert run([1, 1], for_clause_continues) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_clause_continues) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_clause_continues) in ((39, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_clause_continues) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], for_else_returns_name) in ((1, []), FELL)
assert run([1], for_else_returns_name) in ((0, [-1, 2, 3]), FELL)
assert run([1, 1], for_else_returns_name) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_else_returns_name) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_else_returns_name) in ((1, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_else_returns_name) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], while_true_else_returns) in ((39, [-1, 2, 3]), FELL)
assert run([1], while_true_else_returns) in ((39, [-1, 3, -1, 2, 3]), FELL)
assert run([2], while_true_else_returns) in (('E2', [-1, 3]), FELL)
assert run([1, 1], while_true_else_returns) in ((39, [-1, 3, -1, 3, -1, 2, 3]), FELL)
assert run([1, 2], while_true_else_returns) in (('E2', [-1, 3, -1, 3]), FELL)
assert run([1, 1, 1], while_true_else_returns) in ((39, [-1, 3, -1, 3, -1, 3, -1, 2, 3]), FELL)
assert run([], for_else_breaks) in ((1, []), FELL)
assert run([1], for_else_breaks) in ((1, [-1, 2, 3]), FELL)
assert run([1, 1], for_else_breaks) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_else_breaks) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_else_breaks) in ((1, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_else_breaks) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], while_test_else_returns) in ((1, []), FELL)
assert run([1], while_test_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], while_test_else_returns) in ((1, [-1, 2, 4]), FELL)
assert run([1, 2], while_test_else_returns) in (('E2', [-1, 4]), FELL)
assert run([1, 1, 1], while_test_else_returns) in ((39, [-1, 2, 4, -1, 3, 4]), FELL)
assert run([1, 1, 1, 1], while_test_else_returns) in ((1, [-1, 2, 4, -1, 2, 4]), FELL)
assert run([], retry_then_log) in ((6, []), FELL)
assert run([1], retry_then_log) in ((2, [-1, 4]), FELL)
assert run([1, 1], retry_then_log) in ((6, [-1, 3, 4, 5]), FELL)
assert run([1, 2], retry_then_log) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_then_log) in ((2, [-1, 3, 4, 5, -1, 4]), FELL)
assert run([2, 1, 1], retry_then_log) in ((6, [-1, 3, 4, 5, -1, 3, 4, 5]), FELL)
assert run([], retry_while_then_branch) in ((5, []), FELL)
assert run([1], retry_while_then_branch) in ((None, [-1, 2]), FELL)
assert run([1, 1], retry_while_then_branch) in ((5, [-1, 2, 4]), FELL)
assert run([1, 2], retry_while_then_branch) in (('E2', [-1, 2]), FELL)
assert run([1, 1, 1], retry_while_then_branch) in ((5, [-1, 2, 3, 4]), FELL)
assert run([1, 1, 0, 1], retry_while_then_branch) in ((None, [-1, 2, 4, -1, 2]), FELL)
assert run([], retry_then_raise) in ((6, []), FELL)
assert run([1], retry_then_raise) in ((2, [-1, 5]), FELL)
assert run([1, 1], retry_then_raise) in (('KeyError', [-1, 3, 5]), FELL)
assert run([1, 2], retry_then_raise) in (('KeyError', [-1, 4, 5]), FELL)
assert run([], retry_then_break) in ((7, [6]), FELL)
assert run([1], retry_then_break) in ((2, [-1, 4]), FELL)
assert run([1, 1], retry_then_break) in ((7, [-1, 3, 4, 5, 6]), FELL)
assert run([1, 2], retry_then_break) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_then_break) in ((2, [-1, 3, 4, 5, -1, 4]), FELL)
assert run([1, 1, 1], retry_then_break) in ((7, [-1, 3, 4, 6]), FELL)
assert run([], retry_else_then_log) in ((6, []), FELL)
assert run([1], retry_else_then_log) in ((3, [-1, 4]), FELL)
assert run([1, 1], retry_else_then_log) in ((6, [-1, 2, 4, 5]), FELL)
assert run([1, 2], retry_else_then_log) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_else_then_log) in ((3, [-1, 2, 4, 5, -1, 4]), FELL)
assert run([2, 1, 1], retry_else_then_log) in ((6, [-1, 2, 4, 5, -1, 2, 4, 5]), FELL)
