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


def clause_while_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)


def named_clause_while_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)


def clause_while_named_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1 as e:
                break
        else:
            return 26
    t(33)


def clause_while_try_break_else_falls_off(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        else:
            t(26)
    t(33)


def clause_while_try_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                if c():
                    break
                t(5)
        else:
            return 26
    t(33)


def loop_clause_while_break_else_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
            else:
                continue
        t(33)


def named_clauses_while_if_break_else_raise(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        while c():
            try:
                x(18)
            except E2 as d:
                if c():
                    break
        else:
            raise
    t(33)


def clause_while_with_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        t(2)
        while c():
            with m(3):
                if x(18):
                    break
        else:
            return 26
    t(33)


def clause_if_while_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if c():
            while c():
                if x(18):
                    break
            else:
                return 26
        else:
            t(5)
    t(33)


def loop_clause_while_break_continue_else_return(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
                if x(19):
                    continue
                t(4)
            else:
                return 26
        t(33)


def clause_while_two_clauses_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                try:
                    x(2)
                except E2:
                    break
        else:
            return 26
    t(33)


def clause_while_break_else_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
        else:
            return 26
    finally:
        t(7)
    t(33)


def clause_nested_whiles_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            while x(3):
                if x(18):
                    break
            else:
                return 1
            if c():
                break
        else:
            return 26
    t(33)


def clauses_while_true_and_while_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            if c():
                break
        t(4)
    except E2:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)


def clause_nested_while_clause_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            while x(3):
                try:
                    x(4)
                except E2:
                    break
            else:
                return 1
            t(5)
        return 26
    t(33)


def loop_clause_while_break_else_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
            else:
                return
        t(33)


def named_clause_clause_while_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        try:
            x(2)
        except E2:
            while c():
                if x(18):
                    break
            else:
                return 26
    t(33)


def clause_while_for_break_else_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            for i in n():
                if x(18):
                    break
            else:
                if c():
                    break
        else:
            return 26
    t(33)


def clause_while_match_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if c() == 1:
                break
            t(3)
        else:
            return 26
    t(33)


def clauses_while_break_else_return_then_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
        else:
            return 26
    except E2:
        t(3)
    t(33)


def clause_else_branch_while_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if c():
            t(3)
        else:
            while c():
                if x(18):
                    break
            else:
                return 26
    t(33)


def clause_while_break_continue_return_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
            if c():
                continue
            return 5
        else:
            return 26
    return 33


def with_clause_while_break_else_return(c, t, x, n, m):
    with m(1):
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
            else:
                return 26
        t(33)


def clause_while_try_finally_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
            finally:
                t(4)
        else:
            return 26
    t(33)


def clause_for_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        for i in n():
            if x(18):
                break
        else:
            return 26
    t(33)


def named_clause_for_named_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        for i in n():
            try:
                x(18)
            except E2 as d:
                break
        else:
            return 26
    t(33)


def clause_for_with_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        for i in n():
            with m(3):
                if x(18):
                    break
        else:
            return 26
    t(33)


def clause_for_try_finally_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        for i in n():
            try:
                x(18)
            except E1:
                break
            finally:
                t(4)
        else:
            return 26
    t(33)


def loop_clause_for_try_break_else_continue(c, t, x, n, m):
    for j in n():
        try:
            x(1)
        except E1:
            for i in n():
                try:
                    x(18)
                except E1:
                    break
            else:
                continue
        t(33)


def clause_clause_for_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            for i in n():
                if x(18):
                    break
            else:
                return 26
    t(33)


def clause_while_try_break_else_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        else:
            return 26
    finally:
        t(5)
    t(33)


def clause_while_break_continue_else_raise(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
            except E2:
                continue
            t(4)
        else:
            raise E2(3)
    t(33)


def clause_while_break_or_return_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                if c():
                    break
                return 3
        else:
            return 26
        t(6)
    t(33)


def clause_never_loop_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if c():
            pass
        else:
            return 26
    t(33)


def clause_never_loop_code_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if c():
            t(2)
        else:
            return 26
    t(33)


def named_clause_never_loop_try_break_else_return(c, t, x, n, m):
    # depyf: could not decompile named_clause_never_loop_try_break_else_return: the return of 4 at offset 134 was never read: the structure found would leave it out
    #   595           0 RESUME                   0
    #   
    #   596           2 NOP
    #   
    #   597           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 JUMP_FORWARD            74 (to 176)
    #           >>   28 PUSH_EXC_INFO
    #   
    #   598          30 LOAD_GLOBAL              0 (E1)
    #                42 CHECK_EXC_MATCH
    #                44 POP_JUMP_FORWARD_IF_FALSE    61 (to 168)
    #                46 STORE_FAST               5 (e)
    #   
    #   599          48 PUSH_NULL
    #                50 LOAD_FAST                0 (c)
    #                52 PRECALL                  0
    #                56 CALL                     0
    #                66 POP_JUMP_FORWARD_IF_FALSE    35 (to 138)
    #   
    #   600          68 NOP
    #   
    #   601          70 PUSH_NULL
    #                72 LOAD_FAST                2 (x)
    #                74 LOAD_CONST               2 (2)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 POP_TOP
    #                92 JUMP_FORWARD            16 (to 126)
    #           >>   94 PUSH_EXC_INFO
    #   
    #   602          96 LOAD_GLOBAL              2 (E2)
    #               108 CHECK_EXC_MATCH
    #               110 POP_JUMP_FORWARD_IF_FALSE     3 (to 118)
    #               112 POP_TOP
    #   
    #   603         114 POP_EXCEPT
    #               116 JUMP_FORWARD            16 (to 150)
    #   
    #   602     >>  118 RERAISE                  0
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #   
    #   604     >>  126 POP_EXCEPT
    #               128 LOAD_CONST               0 (None)
    #               130 STORE_FAST               5 (e)
    #               132 DELETE_FAST              5 (e)
    #               134 LOAD_CONST               3 (4)
    #               136 RETURN_VALUE
    #   
    #   606     >>  138 POP_EXCEPT
    #               140 LOAD_CONST               0 (None)
    #               142 STORE_FAST               5 (e)
    #               144 DELETE_FAST              5 (e)
    #               146 LOAD_CONST               4 (26)
    #               148 RETURN_VALUE
    #   
    #   603     >>  150 POP_EXCEPT
    #               152 LOAD_CONST               0 (None)
    #               154 STORE_FAST               5 (e)
    #               156 DELETE_FAST              5 (e)
    #               158 JUMP_FORWARD             8 (to 176)
    #           >>  160 LOAD_CONST               0 (None)
    #               162 STORE_FAST               5 (e)
    #               164 DELETE_FAST              5 (e)
    #               166 RERAISE                  1
    #   
    #   598     >>  168 RERAISE                  0
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #   
    #   607     >>  176 PUSH_NULL
    #               178 LOAD_FAST                1 (t)
    #               180 LOAD_CONST               5 (33)
    #               182 PRECALL                  1
    #               186 CALL                     1
    #               196 POP_TOP
    #               198 LOAD_CONST               0 (None)
    #               200 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 24 -> 28 [0]
    #     28 to 46 -> 170 [1] lasti
    #     48 to 66 -> 160 [1] lasti
    #     70 to 90 -> 94 [1]
    #     92 to 92 -> 160 [1] lasti
    #     94 to 112 -> 120 [2] lasti
    #     114 to 116 -> 160 [1] lasti
    #     118 to 118 -> 120 [2] lasti
    #     120 to 124 -> 160 [1] lasti
    #     160 to 168 -> 170 [1] lasti
    raise RuntimeError('depyf: could not decompile named_clause_never_loop_try_break_else_return: the return of 4 at offset 134 was never read: the structure found would leave it out')


def clause_while_break_else_falls_to_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if c():
                break
        else:
            t(26)
            return 7
        return 8
    t(33)


def tuple_clause_while_two_breaks_else_return(c, t, x, n, m):
    try:
        x(1)
    except (E1, E2):
        while c():
            if c():
                break
            if x(5):
                break
        else:
            return 26
    else:
        t(4)
    t(33)


def two_clauses_while_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if c():
                break
        else:
            return 26
    except E2:
        while c():
            if c():
                break
        else:
            return 27
    t(33)


def clause_while_while_else_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            while c():
                if c():
                    break
            else:
                break
        else:
            return 26
    t(33)


def loop_clause_while_break_else_return_try_else_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
            break
        except E1:
            while c():
                if c():
                    break
            else:
                return 3
            continue
    t(33)

assert run([], clause_while_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_if_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], clause_while_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], named_clause_while_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], named_clause_while_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], named_clause_while_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_while_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], named_clause_while_if_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], named_clause_while_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_named_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_named_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_named_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_named_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_named_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_named_try_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_try_break_else_falls_off) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break_else_falls_off) in ((None, [-1, 26, 33]), FELL)
assert run([2], clause_while_try_break_else_falls_off) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break_else_falls_off) in ((None, [-1, -18, 26, 33]), FELL)
assert run([1, 1, 1], clause_while_try_break_else_falls_off) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break_else_falls_off) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_try_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_try_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_try_if_break_else_return) in ((26, [-1, -18, 5]), FELL)
assert run([1, 1, 2], clause_while_try_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], loop_clause_while_break_else_continue) in ((None, []), FELL)
assert run([1], loop_clause_while_break_else_continue) in ((None, [-1, 33]), FELL)
assert run([2], loop_clause_while_break_else_continue) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_else_continue) in ((None, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], loop_clause_while_break_else_continue) in ((None, [-1, -1, 33]), FELL)
assert run([], named_clauses_while_if_break_else_raise) in ((None, [-1, 33]), FELL)
assert run([1], named_clauses_while_if_break_else_raise) in (('E1', [-1]), FELL)
assert run([2], named_clauses_while_if_break_else_raise) in (('E2', [-1]), FELL)
assert run([1, 1], named_clauses_while_if_break_else_raise) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 0, 1], named_clauses_while_if_break_else_raise) in (('E1', [-1, -18, -18]), FELL)
assert run([1, 1, 2, 1], named_clauses_while_if_break_else_raise) in ((None, [-1, -18, 33]), FELL)
assert run([], clause_while_with_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_with_break_else_return) in ((26, [-1, 2]), FELL)
assert run([2], clause_while_with_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_with_break_else_return) in ((26, [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], clause_while_with_break_else_return) in (('E1', [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], clause_while_with_break_else_return) in (('E2', [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([], clause_if_while_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_if_while_break_else_return) in ((None, [-1, 5, 33]), FELL)
assert run([2], clause_if_while_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_if_while_break_else_return) in ((26, [-1]), FELL)
assert run([1, 1, 1], clause_if_while_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1, 1], clause_if_while_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([], loop_clause_while_break_continue_else_return) in ((None, []), FELL)
assert run([1], loop_clause_while_break_continue_else_return) in ((None, [-1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_continue_else_return) in ((26, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_continue_else_return) in (('E2', [-1]), FELL)
assert run([1, 0, 1], loop_clause_while_break_continue_else_return) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1, 1], loop_clause_while_break_continue_else_return) in ((26, [-1, -18, -19, 4]), FELL)
assert run([], clause_while_two_clauses_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_two_clauses_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_two_clauses_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_two_clauses_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_two_clauses_break_else_return) in ((26, [-1, -18, -2]), FELL)
assert run([1, 1, 2], clause_while_two_clauses_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_break_else_return_finally) in ((None, [-1, 7, 33]), FELL)
assert run([1], clause_while_break_else_return_finally) in ((26, [-1, 7]), FELL)
assert run([2], clause_while_break_else_return_finally) in (('E2', [-1, 7]), FELL)
assert run([1, 1], clause_while_break_else_return_finally) in ((26, [-1, -18, 7]), FELL)
assert run([1, 1, 1], clause_while_break_else_return_finally) in (('E1', [-1, -18, 7]), FELL)
assert run([1, 1, 2], clause_while_break_else_return_finally) in (('E2', [-1, -18, 7]), FELL)
assert run([], clause_nested_whiles_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_nested_whiles_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_nested_whiles_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_nested_whiles_break_else_return) in ((1, [-1, -3]), FELL)
assert run([1, 1, 1], clause_nested_whiles_break_else_return) in (('E1', [-1, -3]), FELL)
assert run([1, 1, 2], clause_nested_whiles_break_else_return) in (('E2', [-1, -3]), FELL)
assert run([], clauses_while_true_and_while_else_return) in ((None, [-1, 33]), FELL)
assert run([2], clauses_while_true_and_while_else_return) in ((26, [-1]), FELL)
assert run([1, 1], clauses_while_true_and_while_else_return) in ((None, [-1, 4, 33]), FELL)
assert run([2, 1], clauses_while_true_and_while_else_return) in ((26, [-1, -18]), FELL)
assert run([2, 1, 1], clauses_while_true_and_while_else_return) in (('E1', [-1, -18]), FELL)
assert run([2, 1, 2], clauses_while_true_and_while_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_nested_while_clause_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_nested_while_clause_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_nested_while_clause_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_nested_while_clause_break_else_return) in ((1, [-1, -3]), FELL)
assert run([1, 1, 1], clause_nested_while_clause_break_else_return) in (('E1', [-1, -3]), FELL)
assert run([1, 1, 2], clause_nested_while_clause_break_else_return) in (('E2', [-1, -3]), FELL)
assert run([], loop_clause_while_break_else_break) in ((None, []), FELL)
assert run([1], loop_clause_while_break_else_break) in ((None, [-1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_else_break) in ((None, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_else_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], loop_clause_while_break_else_break) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1, 1], loop_clause_while_break_else_break) in ((None, [-1, -18]), FELL)
assert run([], named_clause_clause_while_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], named_clause_clause_while_break_else_return) in ((None, [-1, -2, 33]), FELL)
assert run([2], named_clause_clause_while_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_clause_while_break_else_return) in (('E1', [-1, -2]), FELL)
assert run([1, 2], named_clause_clause_while_break_else_return) in ((26, [-1, -2]), FELL)
assert run([1, 2, 1], named_clause_clause_while_break_else_return) in ((26, [-1, -2, -18]), FELL)
assert run([], clause_while_for_break_else_break) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_for_break_else_break) in ((26, [-1]), FELL)
assert run([2], clause_while_for_break_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_while_for_break_else_break) in ((26, [-1, -18]), FELL)
assert run([1, 1, 2], clause_while_for_break_else_break) in ((26, [-1, -18, -18]), FELL)
assert run([1, 1, 1, 1], clause_while_for_break_else_break) in (('E1', [-1, -18]), FELL)
assert run([], clause_while_match_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_match_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_match_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_match_break_else_return) in ((26, [-1, 3]), FELL)
assert run([1, 1, 0, 1], clause_while_match_break_else_return) in ((26, [-1, 3, 3]), FELL)
assert run([1, 1, 0, 1, 1], clause_while_match_break_else_return) in ((None, [-1, 3, 33]), FELL)
assert run([], clauses_while_break_else_return_then_clause) in ((None, [-1, 33]), FELL)
assert run([1], clauses_while_break_else_return_then_clause) in ((26, [-1]), FELL)
assert run([2], clauses_while_break_else_return_then_clause) in ((None, [-1, 3, 33]), FELL)
assert run([1, 1], clauses_while_break_else_return_then_clause) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clauses_while_break_else_return_then_clause) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], clauses_while_break_else_return_then_clause) in (('E2', [-1, -18]), FELL)
assert run([], clause_else_branch_while_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_else_branch_while_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_else_branch_while_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_else_branch_while_break_else_return) in ((None, [-1, 3, 33]), FELL)
assert run([1, 0, 1], clause_else_branch_while_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 0, 1, 1], clause_else_branch_while_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([], clause_while_break_continue_return_else_return) in ((33, [-1]), FELL)
assert run([1], clause_while_break_continue_return_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_break_continue_return_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_break_continue_return_else_return) in ((5, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_break_continue_return_else_return) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], clause_while_break_continue_return_else_return) in (('E2', [-1, -18]), FELL)
assert run([], with_clause_while_break_else_return) in ((None, [('enter', 1), -1, 33, ('exit', 1, False)]), FELL)
assert run([1], with_clause_while_break_else_return) in ((26, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], with_clause_while_break_else_return) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], with_clause_while_break_else_return) in ((26, [('enter', 1), -1, -18, ('exit', 1, False)]), FELL)
assert run([2, 1], with_clause_while_break_else_return) in ((None, [('enter', 1), -1, ('exit', 1, True)]), FELL)
assert run([1, 1, 1], with_clause_while_break_else_return) in (('E1', [('enter', 1), -1, -18, ('exit', 1, False)]), FELL)
assert run([], clause_while_try_finally_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_finally_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_try_finally_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_finally_break_else_return) in ((26, [-1, -18, 4]), FELL)
assert run([1, 1, 1], clause_while_try_finally_break_else_return) in ((None, [-1, -18, 4, 33]), FELL)
assert run([1, 1, 2], clause_while_try_finally_break_else_return) in (('E2', [-1, -18, 4]), FELL)
assert run([], clause_for_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_for_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_for_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_for_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 2], clause_for_if_break_else_return) in ((26, [-1, -18, -18]), FELL)
assert run([1, 1, 1], clause_for_if_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([], named_clause_for_named_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], named_clause_for_named_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], named_clause_for_named_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_for_named_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 2], named_clause_for_named_try_break_else_return) in ((26, [-1, -18, -18]), FELL)
assert run([1, 1, 1], named_clause_for_named_try_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([], clause_for_with_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_for_with_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_for_with_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_for_with_break_else_return) in ((26, [-1, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 2], clause_for_with_break_else_return) in ((26, [-1, ('enter', 3), -18, ('exit', 3, False), ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], clause_for_with_break_else_return) in (('E1', [-1, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([], clause_for_try_finally_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_for_try_finally_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_for_try_finally_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_for_try_finally_break_else_return) in ((26, [-1, -18, 4]), FELL)
assert run([1, 2], clause_for_try_finally_break_else_return) in ((26, [-1, -18, 4, -18, 4]), FELL)
assert run([1, 1, 1], clause_for_try_finally_break_else_return) in ((None, [-1, -18, 4, 33]), FELL)
assert run([], loop_clause_for_try_break_else_continue) in ((None, []), FELL)
assert run([1], loop_clause_for_try_break_else_continue) in ((None, [-1, 33]), FELL)
assert run([2], loop_clause_for_try_break_else_continue) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1], loop_clause_for_try_break_else_continue) in ((None, [-1]), FELL)
assert run([1, 2], loop_clause_for_try_break_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], loop_clause_for_try_break_else_continue) in ((None, [-1, -1, 33]), FELL)
assert run([], clause_clause_for_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_clause_for_if_break_else_return) in ((None, [-1, -2, 33]), FELL)
assert run([2], clause_clause_for_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_clause_for_if_break_else_return) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_clause_for_if_break_else_return) in ((26, [-1, -2]), FELL)
assert run([1, 2, 1], clause_clause_for_if_break_else_return) in ((26, [-1, -2, -18]), FELL)
assert run([], clause_while_try_break_else_return_finally) in ((None, [-1, 5, 33]), FELL)
assert run([1], clause_while_try_break_else_return_finally) in ((26, [-1, 5]), FELL)
assert run([2], clause_while_try_break_else_return_finally) in (('E2', [-1, 5]), FELL)
assert run([1, 1], clause_while_try_break_else_return_finally) in ((26, [-1, -18, 5]), FELL)
assert run([1, 1, 1], clause_while_try_break_else_return_finally) in ((None, [-1, -18, 5, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break_else_return_finally) in (('E2', [-1, -18, 5]), FELL)
assert run([], clause_while_break_continue_else_raise) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_break_continue_else_raise) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_break_continue_else_raise) in (('E2', [-1, -18, 4]), FELL)
assert run([1, 1, 1], clause_while_break_continue_else_raise) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_break_continue_else_raise) in (('E2', [-1, -18]), FELL)
assert run([1, 1, 0, 1], clause_while_break_continue_else_raise) in (('E2', [-1, -18, 4, -18, 4]), FELL)
assert run([], clause_while_break_or_return_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_break_or_return_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_break_or_return_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_break_or_return_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_break_or_return_else_return) in ((3, [-1, -18]), FELL)
assert run([1, 1, 2], clause_while_break_or_return_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_never_loop_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_never_loop_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_never_loop_break_else_return) in (('E2', [-1]), FELL)
assert run([], clause_never_loop_code_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_never_loop_code_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_never_loop_code_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_never_loop_code_break_else_return) in ((None, [-1, 2, 33]), FELL)
assert run([], named_clause_never_loop_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], named_clause_never_loop_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], named_clause_never_loop_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_never_loop_try_break_else_return) in ((4, [-1, -2]), FELL)
assert run([1, 1, 1], named_clause_never_loop_try_break_else_return) in (('E1', [-1, -2]), FELL)
assert run([1, 1, 2], named_clause_never_loop_try_break_else_return) in ((None, [-1, -2, 33]), FELL)
assert run([], clause_while_break_else_falls_to_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_break_else_falls_to_return) in ((7, [-1, 26]), FELL)
assert run([2], clause_while_break_else_falls_to_return) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_while_break_else_falls_to_return) in ((8, [-1]), FELL)
assert run([], tuple_clause_while_two_breaks_else_return) in ((None, [-1, 4, 33]), FELL)
assert run([1], tuple_clause_while_two_breaks_else_return) in ((26, [-1]), FELL)
assert run([1, 1], tuple_clause_while_two_breaks_else_return) in ((26, [-1, -5]), FELL)
assert run([1, 1, 1], tuple_clause_while_two_breaks_else_return) in ((None, [-1, 33]), FELL)
assert run([1, 1, 0, 1], tuple_clause_while_two_breaks_else_return) in (('E1', [-1, -5]), FELL)
assert run([1, 1, 0, 2], tuple_clause_while_two_breaks_else_return) in (('E2', [-1, -5]), FELL)
assert run([], two_clauses_while_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], two_clauses_while_break_else_return) in ((26, [-1]), FELL)
assert run([2], two_clauses_while_break_else_return) in ((27, [-1]), FELL)
assert run([], clause_while_while_else_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_while_else_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_while_else_break_else_return) in (('E2', [-1]), FELL)
assert run([], loop_clause_while_break_else_return_try_else_break) in ((None, [33]), FELL)
assert run([1], loop_clause_while_break_else_return_try_else_break) in ((None, [-1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_else_return_try_else_break) in ((3, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_else_return_try_else_break) in (('E2', [-1]), FELL)
assert run([2, 1, 1, 1], loop_clause_while_break_else_return_try_else_break) in ((None, [-1, -1, 33]), FELL)
assert run([2, 1, 1, 1, 1], loop_clause_while_break_else_return_try_else_break) in ((3, [-1, -1]), FELL)
