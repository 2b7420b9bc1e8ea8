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
    # depyf: could not decompile if_else_nested_with_raise_call_return: a copy of the code after a try read as a return in its body at 106
    #   231           0 RESUME                   0
    #   
    #   232           2 NOP
    #   
    #   233           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        9 (to 36)
    #   
    #   234          18 PUSH_NULL
    #                20 LOAD_FAST                1 (t)
    #                22 LOAD_CONST               1 (1)
    #                24 CALL                     1
    #                32 POP_TOP
    #                34 JUMP_FORWARD            29 (to 94)
    #   
    #   236     >>   36 PUSH_NULL
    #                38 LOAD_FAST                4 (m)
    #                40 LOAD_CONST               2 (5)
    #                42 CALL                     1
    #                50 BEFORE_WITH
    #                52 POP_TOP
    #   
    #   237          54 PUSH_NULL
    #                56 LOAD_FAST                4 (m)
    #                58 LOAD_CONST               3 (6)
    #                60 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   238          72 LOAD_GLOBAL              1 (NULL + E1)
    #                82 LOAD_CONST               4 (8)
    #                84 CALL                     1
    #                92 RAISE_VARARGS            1
    #   
    #   241     >>   94 PUSH_NULL
    #                96 LOAD_FAST                0 (c)
    #                98 CALL                     0
    #               106 RETURN_VALUE
    #   
    #   237     >>  108 PUSH_EXC_INFO
    #               110 WITH_EXCEPT_START
    #               112 POP_JUMP_IF_TRUE         1 (to 116)
    #               114 RERAISE                  2
    #           >>  116 POP_TOP
    #               118 POP_EXCEPT
    #               120 POP_TOP
    #               122 POP_TOP
    #               124 JUMP_FORWARD             3 (to 132)
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #           >>  132 NOP
    #   
    #   236         134 LOAD_CONST               0 (None)
    #               136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 CALL                     2
    #               148 POP_TOP
    #               150 JUMP_BACKWARD           29 (to 94)
    #           >>  152 PUSH_EXC_INFO
    #               154 WITH_EXCEPT_START
    #               156 POP_JUMP_IF_TRUE         1 (to 160)
    #               158 RERAISE                  2
    #           >>  160 POP_TOP
    #               162 POP_EXCEPT
    #               164 POP_TOP
    #               166 POP_TOP
    #               168 JUMP_BACKWARD           38 (to 94)
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #           >>  176 PUSH_EXC_INFO
    #   
    #   239         178 LOAD_GLOBAL              0 (E1)
    #               188 CHECK_EXC_MATCH
    #               190 POP_JUMP_IF_FALSE        9 (to 210)
    #               192 POP_TOP
    #   
    #   240         194 POP_EXCEPT
    #   
    #   241         196 PUSH_NULL
    #               198 LOAD_FAST                0 (c)
    #               200 CALL                     0
    #               208 RETURN_VALUE
    #   
    #   239     >>  210 RERAISE                  0
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #   ExceptionTable:
    #     4 to 50 -> 176 [0]
    #     52 to 68 -> 152 [1] lasti
    #     70 to 92 -> 108 [2] lasti
    #     108 to 116 -> 126 [4] lasti
    #     118 to 130 -> 152 [1] lasti
    #     134 to 150 -> 176 [0]
    #     152 to 160 -> 170 [3] lasti
    #     162 to 174 -> 176 [0]
    #     176 to 192 -> 212 [1] lasti
    #     210 to 210 -> 212 [1] lasti
    raise RuntimeError('depyf: could not decompile if_else_nested_with_raise_call_return: a copy of the code after a try read as a return in its body at 106')


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
    with m(1):
        t(2)
    try:
        t(3)
        if c():
            try:
                return 4
            finally:
                t(5)
        if not c():
            t(8)
            if c():
                return 9
            if c():
                t(10)
                t(11)
                return 12
            t(13)
            t(14)
            x(15)
        elif not c() and c():
            return 16
    except E1:
        return 17
    else:
        return E1.__name__


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
        return c()
    if c():
        return c()
    if c() or c():
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
        return c.__name__
    if c():
        return c.__name__
    if c() or c():
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
