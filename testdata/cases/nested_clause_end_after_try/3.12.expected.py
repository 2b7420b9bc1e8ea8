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


def clause_loop_named_finally_pass(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_named_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                t(9)
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_named_finally_call(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            t(11)
    except E1:
        pass
    return x.k


def clause_named_loop(c, t, x, n, m):
    # depyf: could not decompile clause_named_loop: a copy of the code after a try read as a return in its body at 134
    #   148           0 RESUME                   0
    #   
    #   149           2 NOP
    #   
    #   150           4 NOP
    #   
    #   151           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               1 (1)
    #                12 CALL                     1
    #                20 POP_TOP
    #   
    #   152          22 RETURN_CONST             2 (4)
    #           >>   24 PUSH_EXC_INFO
    #   
    #   153          26 LOAD_GLOBAL              0 (E2)
    #                36 CHECK_EXC_MATCH
    #                38 POP_JUMP_IF_FALSE       52 (to 144)
    #                40 STORE_FAST               5 (e)
    #   
    #   154          42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               3 (8)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   155          58 PUSH_NULL
    #                60 LOAD_FAST                0 (c)
    #                62 CALL                     0
    #                70 POP_JUMP_IF_FALSE       16 (to 104)
    #   
    #   156     >>   72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               4 (11)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #   155          88 PUSH_NULL
    #                90 LOAD_FAST                0 (c)
    #                92 CALL                     0
    #               100 POP_JUMP_IF_FALSE        1 (to 104)
    #               102 JUMP_BACKWARD           16 (to 72)
    #           >>  104 POP_EXCEPT
    #               106 LOAD_CONST               0 (None)
    #               108 STORE_FAST               5 (e)
    #               110 DELETE_FAST              5 (e)
    #   
    #   159         112 LOAD_FAST                2 (x)
    #               114 LOAD_ATTR                4 (k)
    #               134 RETURN_VALUE
    #           >>  136 LOAD_CONST               0 (None)
    #               138 STORE_FAST               5 (e)
    #               140 DELETE_FAST              5 (e)
    #               142 RERAISE                  1
    #   
    #   153     >>  144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #           >>  152 PUSH_EXC_INFO
    #   
    #   157         154 LOAD_GLOBAL              2 (E1)
    #               164 CHECK_EXC_MATCH
    #               166 POP_JUMP_IF_FALSE       14 (to 196)
    #               168 POP_TOP
    #   
    #   158         170 POP_EXCEPT
    #   
    #   159         172 LOAD_FAST                2 (x)
    #               174 LOAD_ATTR                4 (k)
    #               194 RETURN_VALUE
    #   
    #   157     >>  196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   ExceptionTable:
    #     6 to 20 -> 24 [0]
    #     24 to 40 -> 146 [1] lasti
    #     42 to 100 -> 136 [1] lasti
    #     104 to 110 -> 152 [0]
    #     136 to 144 -> 146 [1] lasti
    #     146 to 150 -> 152 [0]
    #     152 to 168 -> 198 [1] lasti
    #     196 to 196 -> 198 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_named_loop: a copy of the code after a try read as a return in its body at 134')


def clause_for_loop_named(c, t, x, n, m):
    try:
        try:
            for k in n():
                x(2)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c() or c():
                t(11)
    except E1:
        pass
    return x.k

assert run([], clause_loop_named_finally_pass) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally_pass) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_loop_named_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9]), FELL)
assert run([2, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11, 11]), FELL)
assert run([], clause_loop_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_finally) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_named_finally_call) in ((4, [-1]), FELL)
assert run([1], clause_named_finally_call) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_finally_call) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([], clause_named_loop) in ((4, [-1]), FELL)
assert run([1], clause_named_loop) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_loop) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_for_loop_named) in ((4, []), FELL)
assert run([1], clause_for_loop_named) in ((4, [-2]), FELL)
assert run([2], clause_for_loop_named) in ((4, [-2, -2]), FELL)
assert run([1, 1], clause_for_loop_named) in (('AttributeError', [-2]), FELL)
assert run([1, 2], clause_for_loop_named) in (('AttributeError', [-2, 8]), FELL)
assert run([1, 2, 1], clause_for_loop_named) in (('AttributeError', [-2, 8, 11]), FELL)
