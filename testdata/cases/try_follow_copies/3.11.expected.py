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


def nested_raise_two_clauses(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    except E2 as e:
        pass
    return c.__name__


def nested_raise_one_clause(c, t, x, n, m):
    try:
        with m(5), m(6):
            x(1)
            raise E1(8)
    except E1:
        t(7)
    return c.__name__


def nested_raise_call_return(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    except E2 as e:
        pass
    return c()


def three_nested_raise(c, t, x, n, m):
    try:
        with m(4), m(5), m(6):
            raise E1(8)
    except E1:
        pass
    return t.__name__


def nested_raise_in_loop(c, t, x, n, m):
    while c():
        try:
            with m(5), m(6):
                raise E1(8)
        except E1:
            pass
        t(c())
    return 3


def nested_raise_finally(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    finally:
        t(3)
    return c.__name__


def single_raise_call_return(c, t, x, n, m):
    try:
        with m(5):
            raise E1(8)
    except E1:
        pass
    return c()


def if_else_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            x(7)
    except E1:
        pass
    return c()


def if_elif_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        elif c():
            x(2)
        else:
            x(7)
    except E1:
        t(4)
    except E2:
        return 5
    return c()


def if_else_with_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5):
                x(8)
    except E1:
        pass
    return c()


def if_else_nested_with_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5), m(6):
                x(8)
    except E1:
        pass
    return c()


def if_else_nested_with_raise_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5), m(6):
                raise E1(8)
    except E1:
        pass
    return c()


def if_else_attr_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            x(7)
    except E1:
        pass
    return c.__name__


def if_nested_if_call_return(c, t, x, n, m):
    try:
        if c():
            if c():
                t(1)
            else:
                t(2)
        else:
            x(7)
    except E1:
        pass
    return c()


def for_if_else_call_return(c, t, x, n, m):
    for k in n():
        try:
            if c():
                t(k)
            else:
                x(7)
        except E1:
            pass
        return c()
    return 9


def while_break_copies_return(c, t, x, n, m):
    while c() or c():
        try:
            if c():
                x(1)
                t(2)
                t(3)
                break
            if c():
                t(4)
                t(5)
                x(6)
            elif c():
                return 7
        except E1:
            if c():
                x(8)
            with m(9):
                t(10)
                continue
    return c.__name__


def elif_chain_copy_past_unwound_return(c, t, x, n, m):
    # depyf: could not decompile elif_chain_copy_past_unwound_return: conditional jump out of the region at 136
    #   305           0 RESUME                   0
    #   
    #   306           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 POP_TOP
    #   
    #   307          26 PUSH_NULL
    #                28 LOAD_FAST                1 (t)
    #                30 LOAD_CONST               2 (2)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 POP_TOP
    #   
    #   306          48 LOAD_CONST               0 (None)
    #                50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 PRECALL                  2
    #                58 CALL                     2
    #                68 POP_TOP
    #                70 JUMP_FORWARD            11 (to 94)
    #           >>   72 PUSH_EXC_INFO
    #                74 WITH_EXCEPT_START
    #                76 POP_JUMP_FORWARD_IF_TRUE     4 (to 86)
    #                78 RERAISE                  2
    #           >>   80 COPY                     3
    #                82 POP_EXCEPT
    #                84 RERAISE                  1
    #           >>   86 POP_TOP
    #                88 POP_EXCEPT
    #                90 POP_TOP
    #                92 POP_TOP
    #   
    #   308     >>   94 NOP
    #   
    #   309          96 PUSH_NULL
    #                98 LOAD_FAST                1 (t)
    #               100 LOAD_CONST               3 (3)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #   
    #   310         118 PUSH_NULL
    #               120 LOAD_FAST                0 (c)
    #               122 PRECALL                  0
    #               126 CALL                     0
    #               136 POP_JUMP_FORWARD_IF_FALSE    31 (to 200)
    #   
    #   311         138 NOP
    #   
    #   312         140 NOP
    #   
    #   314         142 PUSH_NULL
    #               144 LOAD_FAST                1 (t)
    #               146 LOAD_CONST               4 (5)
    #               148 PRECALL                  1
    #               152 CALL                     1
    #               162 POP_TOP
    #               164 LOAD_CONST               5 (4)
    #               166 RETURN_VALUE
    #               168 PUSH_EXC_INFO
    #               170 PUSH_NULL
    #               172 LOAD_FAST                1 (t)
    #               174 LOAD_CONST               4 (5)
    #               176 PRECALL                  1
    #               180 CALL                     1
    #               190 POP_TOP
    #               192 RERAISE                  0
    #           >>  194 COPY                     3
    #               196 POP_EXCEPT
    #               198 RERAISE                  1
    #   
    #   317     >>  200 PUSH_NULL
    #               202 LOAD_FAST                0 (c)
    #               204 PRECALL                  0
    #               208 CALL                     0
    #               218 POP_JUMP_FORWARD_IF_TRUE    91 (to 402)
    #   
    #   318         220 PUSH_NULL
    #               222 LOAD_FAST                1 (t)
    #               224 LOAD_CONST               8 (8)
    #               226 PRECALL                  1
    #               230 CALL                     1
    #               240 POP_TOP
    #   
    #   319         242 PUSH_NULL
    #               244 LOAD_FAST                0 (c)
    #               246 PRECALL                  0
    #               250 CALL                     0
    #               260 POP_JUMP_FORWARD_IF_FALSE     2 (to 266)
    #   
    #   320         262 LOAD_CONST               9 (9)
    #               264 RETURN_VALUE
    #   
    #   321     >>  266 PUSH_NULL
    #               268 LOAD_FAST                0 (c)
    #               270 PRECALL                  0
    #               274 CALL                     0
    #               284 POP_JUMP_FORWARD_IF_FALSE    24 (to 334)
    #   
    #   322         286 PUSH_NULL
    #               288 LOAD_FAST                1 (t)
    #               290 LOAD_CONST              10 (10)
    #               292 PRECALL                  1
    #               296 CALL                     1
    #               306 POP_TOP
    #   
    #   323         308 PUSH_NULL
    #               310 LOAD_FAST                1 (t)
    #               312 LOAD_CONST              11 (11)
    #               314 PRECALL                  1
    #               318 CALL                     1
    #               328 POP_TOP
    #   
    #   324         330 LOAD_CONST              12 (12)
    #               332 RETURN_VALUE
    #   
    #   326     >>  334 PUSH_NULL
    #               336 LOAD_FAST                1 (t)
    #               338 LOAD_CONST              13 (13)
    #               340 PRECALL                  1
    #               344 CALL                     1
    #               354 POP_TOP
    #   
    #   327         356 PUSH_NULL
    #               358 LOAD_FAST                1 (t)
    #               360 LOAD_CONST              14 (14)
    #               362 PRECALL                  1
    #               366 CALL                     1
    #               376 POP_TOP
    #   
    #   328         378 PUSH_NULL
    #               380 LOAD_FAST                2 (x)
    #               382 LOAD_CONST              15 (15)
    #               384 PRECALL                  1
    #               388 CALL                     1
    #               398 POP_TOP
    #               400 JUMP_FORWARD            22 (to 446)
    #   
    #   329     >>  402 PUSH_NULL
    #               404 LOAD_FAST                0 (c)
    #               406 PRECALL                  0
    #               410 CALL                     0
    #               420 POP_JUMP_FORWARD_IF_TRUE    12 (to 446)
    #   
    #   330         422 PUSH_NULL
    #               424 LOAD_FAST                0 (c)
    #               426 PRECALL                  0
    #               430 CALL                     0
    #               440 POP_JUMP_FORWARD_IF_FALSE     2 (to 446)
    #   
    #   331         442 LOAD_CONST              16 (16)
    #               444 RETURN_VALUE
    #           >>  446 JUMP_FORWARD            17 (to 482)
    #           >>  448 PUSH_EXC_INFO
    #   
    #   332         450 LOAD_GLOBAL              0 (E1)
    #               462 CHECK_EXC_MATCH
    #               464 POP_JUMP_FORWARD_IF_FALSE     4 (to 474)
    #               466 POP_TOP
    #   
    #   333         468 POP_EXCEPT
    #               470 LOAD_CONST              17 (17)
    #               472 RETURN_VALUE
    #   
    #   332     >>  474 RERAISE                  0
    #           >>  476 COPY                     3
    #               478 POP_EXCEPT
    #               480 RERAISE                  1
    #   
    #   334     >>  482 LOAD_GLOBAL              0 (E1)
    #               494 LOAD_ATTR                1 (__name__)
    #               504 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 46 -> 72 [1] lasti
    #     72 to 78 -> 80 [3] lasti
    #     86 to 86 -> 80 [3] lasti
    #     96 to 136 -> 448 [0]
    #     142 to 162 -> 448 [0]
    #     168 to 192 -> 194 [1] lasti
    #     194 to 260 -> 448 [0]
    #     266 to 328 -> 448 [0]
    #     334 to 440 -> 448 [0]
    #     448 to 466 -> 476 [1] lasti
    #     474 to 474 -> 476 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_chain_copy_past_unwound_return: conditional jump out of the region at 136')


def for_clause_break_copies_return(c, t, x, n, m):
    t(1)
    t(2)
    try:
        for j in n():
            try:
                t(3)
                t(4)
            except E1:
                t(5)
                t(6)
                t(7)
            finally:
                t(8)
                t(9)
            try:
                t(10)
                break
            except E1:
                t(11)
                continue
            except E2 as e:
                t(12)
                t(13)
                break
    except E1:
        if c():
            while True:
                if c():
                    break
                x(16)
            with m(17) as w:
                t(18)
                t(19)
                t(20)
        else:
            x(21)
    return c.__name__


def finally_store_before_computed_return(c, t, x, n, m):
    try:
        r = c()
        if c():
            return c.__name__
        return r
    except E1:
        t(3)
        raise
    finally:
        t.k = 5


def elif_try_while_break_copied_return(c, t, x, n, m):
    if not c():
        pass
    elif c():
        pass
    elif c() or c():
        while not c():
            pass
        try:
            if not c():
                pass
        except E1:
            pass
    return c()


def elif_try_while_break_copied_attr(c, t, x, n, m):
    if not c():
        pass
    elif c():
        pass
    elif c() or c():
        try:
            if not c():
                pass
        except E1:
            pass
    return c.__name__

assert run([], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), 7]), FELL)
assert run([2], nested_raise_one_clause) in (('E2', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 0, 1], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([1, 1], nested_raise_call_return) in ((1, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([1, 2], nested_raise_call_return) in ((2, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 0, 1], nested_raise_call_return) in ((1, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([0, 0, 1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 4, True)]), FELL)
assert run([], nested_raise_in_loop) in ((3, []), FELL)
assert run([1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 0]), FELL)
assert run([1, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 0]), FELL)
assert run([1, 0, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 0]), FELL)
assert run([1, 1, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 1]), FELL)
assert run([1, 1, 2], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 2]), FELL)
assert run([], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 3]), FELL)
assert run([1], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 3]), FELL)
assert run([0, 1], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 3]), FELL)
assert run([], single_raise_call_return) in ((0, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1], single_raise_call_return) in ((0, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([0, 1], single_raise_call_return) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([0, 2], single_raise_call_return) in ((2, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1, 1], single_raise_call_return) in ((1, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([1, 2], single_raise_call_return) in ((2, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([], if_else_call_return) in ((0, [-7]), FELL)
assert run([1], if_else_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_call_return) in (('E2', [-7]), FELL)
assert run([1, 1], if_else_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_call_return) in ((1, [-7]), FELL)
assert run([], if_elif_call_return) in ((0, [-7]), FELL)
assert run([1], if_elif_call_return) in ((0, [1]), FELL)
assert run([0, 1], if_elif_call_return) in ((0, [-2]), FELL)
assert run([1, 1], if_elif_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_elif_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_elif_call_return) in ((0, [-7, 4]), FELL)
assert run([], if_else_with_call_return) in ((0, [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([1], if_else_with_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_with_call_return) in (('E2', [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_with_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_with_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_with_call_return) in ((1, [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([], if_else_nested_with_call_return) in ((0, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], if_else_nested_with_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_nested_with_call_return) in (('E2', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_nested_with_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_nested_with_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_nested_with_call_return) in ((1, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], if_else_nested_with_raise_call_return) in ((0, [1]), FELL)
assert run([0, 1], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_nested_with_raise_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_nested_with_raise_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], if_else_attr_return) in (('c', [-7]), FELL)
assert run([1], if_else_attr_return) in (('c', [1]), FELL)
assert run([0, 2], if_else_attr_return) in (('E2', [-7]), FELL)
assert run([], if_nested_if_call_return) in ((0, [-7]), FELL)
assert run([1], if_nested_if_call_return) in ((0, [2]), FELL)
assert run([0, 2], if_nested_if_call_return) in (('E2', [-7]), FELL)
assert run([1, 1], if_nested_if_call_return) in ((0, [1]), FELL)
assert run([0, 0, 1], if_nested_if_call_return) in ((1, [-7]), FELL)
assert run([0, 0, 2], if_nested_if_call_return) in ((2, [-7]), FELL)
assert run([], for_if_else_call_return) in ((9, []), FELL)
assert run([1], for_if_else_call_return) in ((0, [-7]), FELL)
assert run([1, 1], for_if_else_call_return) in ((0, [0]), FELL)
assert run([1, 0, 2], for_if_else_call_return) in (('E2', [-7]), FELL)
assert run([1, 1, 1], for_if_else_call_return) in ((1, [0]), FELL)
assert run([1, 1, 2], for_if_else_call_return) in ((2, [0]), FELL)
assert run([], while_break_copies_return) in (('c', []), FELL)
assert run([1, 1], while_break_copies_return) in (('c', [-1, 2, 3]), FELL)
assert run([1, 0, 1], while_break_copies_return) in (('c', [4, 5, -6]), FELL)
assert run([1, 1, 1], while_break_copies_return) in (('c', [-1, ('enter', 9), 10, ('exit', 9, False)]), FELL)
assert run([1, 1, 2], while_break_copies_return) in (('E2', [-1]), FELL)
assert run([1, 0, 0, 1], while_break_copies_return) in ((7, []), FELL)
assert run([], elif_chain_copy_past_unwound_return) in (('E1', [('enter', 1), 2, ('exit', 1, False), 3, 8, 13, 14, -15]), FELL)
assert run([1], elif_chain_copy_past_unwound_return) in ((4, [('enter', 1), 2, ('exit', 1, False), 3, 5]), FELL)
assert run([0, 1], elif_chain_copy_past_unwound_return) in (('E1', [('enter', 1), 2, ('exit', 1, False), 3]), FELL)
assert run([0, 0, 1], elif_chain_copy_past_unwound_return) in ((9, [('enter', 1), 2, ('exit', 1, False), 3, 8]), FELL)
assert run([0, 0, 0, 1], elif_chain_copy_past_unwound_return) in ((12, [('enter', 1), 2, ('exit', 1, False), 3, 8, 10, 11]), FELL)
assert run([0, 1, 0, 1], elif_chain_copy_past_unwound_return) in ((16, [('enter', 1), 2, ('exit', 1, False), 3]), FELL)
assert run([], for_clause_break_copies_return) in (('c', [1, 2]), FELL)
assert run([1], for_clause_break_copies_return) in (('c', [1, 2, 3, 4, 8, 9, 10]), FELL)
assert run([], finally_store_before_computed_return) in ((0, []), FELL)
assert run([1], finally_store_before_computed_return) in ((1, []), FELL)
assert run([2], finally_store_before_computed_return) in ((2, []), FELL)
assert run([0, 1], finally_store_before_computed_return) in (('c', []), FELL)
assert run([], elif_try_while_break_copied_return) in ((0, []), FELL)
assert run([0, 1], elif_try_while_break_copied_return) in ((1, []), FELL)
assert run([0, 2], elif_try_while_break_copied_return) in ((2, []), FELL)
assert run([1, 0, 1], elif_try_while_break_copied_return) in (('Budget', []), FELL)
assert run([], elif_try_while_break_copied_attr) in (('c', []), FELL)
