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


def for_if_while_chain_elif(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
    return 9


def for_if_while_chain_body_elif_else(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
        else:
            t(9)
    return 11


def while_while_true_return_try_break_clause(c, t, x, n, m):
    while not c():
        while True:
            if c():
                return 5
            try:
                x(3)
                break
            except E1:
                t(4)
        t(6)


def for_while_true_try_break_two_clauses(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                t(2)
            except E2:
                break
        t(6)
    return 7


def if_while_true_try_else_break(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                t(3)
                break
    t(4)


def while_while_true_break_try_break_else(c, t, x, n, m):
    while c():
        while True:
            if c():
                break
            try:
                x(1)
                break
            except E1:
                t(2)
        if c():
            break
    t(4)


def while_code_while_true_try_break_clause_continue(c, t, x, n, m):
    while c():
        t(0)
        while True:
            t(1)
            try:
                x(2)
                break
            except (E1, E2):
                t(3)
                if c():
                    continue
                t(5)


def for_while_true_try_break_clause_if_break_else(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    break


def try_if_never_looping_while_or_break_return(c, t, x, n, m):
    try:
        if not c():
            if c() or c():
                pass
            else:
                return 1
    except E1:
        pass
    t(18)


def while_if_try_return_or_clause_break(c, t, x, n, m):
    while c():
        if c():
            try:
                return x(5) or c()
            except E1:
                x(6)
                return None
            except E2 as e:
                raise E2(9)


def try_match_nested_match_default_return(c, t, x, n, m):
    try:
        match c(), c():
            case [1, _] | [2, True]:
                match {'k': c()}:
                    case {'k': 0}:
                        pass
            case _:
                return 46
    except E1:
        pass
    return 47


def try_match_default_call(c, t, x, n, m):
    try:
        if c() == 1:
            x(1)
        else:
            t(2)
    except E1:
        pass
    t(3)


def try_match_default_returns(c, t, x, n, m):
    try:
        match c():
            case 1:
                x(1)
            case 2:
                return 5
            case _:
                return c()
    except E1:
        pass
    return 6


def for_while_true_try_break_clause_continue_code(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    continue
                t(2)
        t(3)


def while_else_while_true_try_break_two_continues(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    continue
                t(2)
            except E2:
                continue
    t(9)


def if_while_true_try_break_clause_return(c, t, x, n, m):
    if c():
        while True:
            t(1)
            try:
                x(2)
                break
            except E1:
                if c():
                    return 4
                t(5)
        t(6)
    return 7


def while_while_true_code_try_break_then_if(c, t, x, n, m):
    while c():
        while True:
            t(1)
            try:
                x(2)
                break
            except E1:
                t(3)
        if c():
            return
        t(5)


def try_for_break_else_if_else_return(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_break_else_return_value(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            return c()
    except E1:
        pass
    t(18)


def try_for_break_else_code_return(c, t, x, n, m):
    try:
        t(0)
        for k in n():
            if c():
                t(1)
                break
            t(2)
        else:
            t(3)
            return 4
    except E1:
        pass
    t(18)


def for_try_for_break_else_if_return(c, t, x, n, m):
    for j in n():
        try:
            for k in n():
                if c():
                    break
            else:
                if c():
                    return 5
        except E1:
            pass
        t(18)


def try_for_break_else_if_return(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            if c():
                return 9
    except E1:
        pass
    t(18)


def try_if_and_elif_else_while_true_try_else_break(c, t, x, n, m):
    try:
        if c() and c():
            pass
        elif c():
            pass
        else:
            pass
    except E1:
        pass
    except E2 as e:
        pass
    else:
        while True:
            try:
                x(c())
                break
            except E1:
                pass
    t(58)


def clause_try_pass_except_else_pass_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            pass
        except E1:
            pass
        finally:
            t(25)


def clause_try_pass_except_else_pass_finally_then_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            pass
        except E1:
            pass
        finally:
            t(25)
    except E2:
        return


def try_if_elif_clause_try_pass_except_else_finally(c, t, x, n, m):
    try:
        if c():
            x(2)
        elif c() and c():
            pass
        else:
            pass
        return
    except E1:
        try:
            pass
        except E1:
            pass
        finally:
            t(25)
    except E2 as e:
        return


def try_while_break_else_code_return(c, t, x, n, m):
    try:
        t(0)
        while c():
            if c():
                t(1)
                break
            t(2)
        else:
            t(3)
            return 4
    except E1:
        pass
    t(18)


def for_try_for_break_else_return_value(c, t, x, n, m):
    for j in n():
        try:
            for k in n():
                if c():
                    t(1)
                    break
            else:
                t(3)
                return c()
        except E1:
            t(5)
        t(18)


def try_for_break_else_if_return_finally(c, t, x, n, m):
    try:
        for k in n():
            x(1)
            if c():
                break
        else:
            if c():
                t(2)
            return 4
    except E1:
        return 5
    finally:
        t(9)
    t(18)


def try_for_break_else_return_try_else(c, t, x, n, m):
    # depyf: could not decompile try_for_break_else_return_try_else: try body reads the code past its end, read again as its else, at 76
    #   556           0 RESUME                   0
    #   
    #   557           2 NOP
    #   
    #   558           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 GET_ITER
    #           >>   24 FOR_ITER                14 (to 54)
    #                26 STORE_FAST               5 (k)
    #   
    #   559          28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE     2 (to 52)
    #   
    #   560          48 POP_TOP
    #                50 JUMP_FORWARD            14 (to 80)
    #   
    #   559     >>   52 JUMP_BACKWARD           15 (to 24)
    #   
    #   562     >>   54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               1 (3)
    #                60 PRECALL                  1
    #                64 CALL                     1
    #                74 POP_TOP
    #   
    #   563          76 LOAD_CONST               2 (4)
    #                78 RETURN_VALUE
    #   
    #   560     >>   80 NOP
    #   
    #   567          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               3 (7)
    #                88 PRECALL                  1
    #                92 CALL                     1
    #               102 POP_TOP
    #               104 JUMP_FORWARD            16 (to 138)
    #           >>  106 PUSH_EXC_INFO
    #   
    #   564         108 LOAD_GLOBAL              0 (E1)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_FORWARD_IF_FALSE     3 (to 130)
    #               124 POP_TOP
    #   
    #   565         126 POP_EXCEPT
    #               128 JUMP_FORWARD             4 (to 138)
    #   
    #   564     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   568     >>  138 PUSH_NULL
    #               140 LOAD_FAST                1 (t)
    #               142 LOAD_CONST               4 (18)
    #               144 PRECALL                  1
    #               148 CALL                     1
    #               158 POP_TOP
    #               160 LOAD_CONST               0 (None)
    #               162 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 74 -> 106 [0]
    #     106 to 124 -> 132 [1] lasti
    #     130 to 130 -> 132 [1] lasti
    raise RuntimeError('depyf: could not decompile try_for_break_else_return_try_else: try body reads the code past its end, read again as its else, at 76')


def if_try_for_break_else_return(c, t, x, n, m):
    if c():
        try:
            for k in n():
                if c():
                    break
            else:
                return 4
        except E1:
            pass
    t(18)


def with_for_try_break_clause_then_if_break(c, t, x, n, m):
    with m(2) as w:
        for j in n():
            try:
                t(5)
                break
            except E1:
                t(6)
            if c():
                break


def with_for_try_break_clauses_then_if_and_break(c, t, x, n, m):
    with m(2) as w:
        t(3)
        for j in n():
            x(4)
            try:
                t(5)
                break
            except E1:
                t(6)
                x(7)
            except E2 as e:
                t(8)
                t(9)
                t(10)
            if c() and c():
                t(11)
                break


def with_two_while_true_break_while_return(c, t, x, n, m):
    with m(1) as w, m(2):
        while True:
            if c():
                break
            if c():
                return 3
    t(4)


def with_while_true_break_while_return(c, t, x, n, m):
    with m(1):
        while True:
            if c():
                break
            if c():
                return 3
    t(4)


def with_while_true_break_if_return(c, t, x, n, m):
    with m(1):
        while True:
            if c():
                break
            if c():
                return 3
    t(4)


def if_elif_with_try_return_two_clauses(c, t, x, n, m):
    if c():
        return None
    if c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass
            except E2 as e:
                pass


def if_elif_with_try_return_clause(c, t, x, n, m):
    if c():
        return None
    if c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass


def if_with_try_return_two_clauses(c, t, x, n, m):
    if c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass
            except E2 as e:
                pass


def clause_with_two_try_else_pass(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass


def clause_with_two_try_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass


def with_two_try_else_pass(c, t, x, n, m):
    with m(3), m(4):
        try:
            x(7)
        except E1:
            pass


def clause_with_with_try_clause_call(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                t(5)


def try_clause_with_two_try_two_clauses_else(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass
            except E2 as e:
                pass


def for_while_true_try_clause_continue_then_break(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
            except E1:
                if c():
                    continue
                t(2)
            break
    t(3)


def for_while_true_try_if_else_clause_continue_then_break(c, t, x, n, m):
    for i in n():
        while True:
            try:
                if c():
                    x(4)
                else:
                    t(5)
            except E1:
                if c():
                    t(6)
                    continue
                t(7)
            break
    return 8


def while_while_true_try_clause_continue_then_break(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
            except E1:
                if c():
                    continue
                t(2)
            break
    t(3)


def while_true_try_clause_continue_else_break(c, t, x, n, m):
    while True:
        try:
            x(1)
            break
        except E1:
            if c():
                t(2)
            continue
    t(3)


def if_while_true_try_clause_continue_else_break(c, t, x, n, m):
    if c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                if c():
                    t(2)
                continue
            else:
                break


def for_while_true_try_elif_return_clause_continue_then_break(c, t, x, n, m):
    for i in n():
        while True:
            try:
                if c():
                    x(1)
                elif c():
                    return 5
                else:
                    t(2)
            except E1:
                if c():
                    t(3)
                    continue
                t(4)
            break
    return 6


def clause_while_true_break_then_while(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            if c():
                break
            while c():
                x(2)
        t(5)


def while_true_try_clause_continue_else_code_break(c, t, x, n, m):
    # depyf: could not decompile while_true_try_clause_continue_else_code_break: loop entered again only from an except clause not recognised at 2
    #   845           0 RESUME                   0
    #   
    #   846     >>    2 NOP
    #   
    #   847           4 NOP
    #   
    #   848           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               2 (1)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #   
    #   854          28 PUSH_NULL
    #                30 LOAD_FAST                1 (t)
    #                32 LOAD_CONST               3 (4)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #   
    #   855          50 JUMP_FORWARD            37 (to 126)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   849          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    24 (to 118)
    #                70 POP_TOP
    #   
    #   850          72 PUSH_NULL
    #                74 LOAD_FAST                0 (c)
    #                76 PRECALL                  0
    #                80 CALL                     0
    #                90 POP_JUMP_FORWARD_IF_FALSE    11 (to 114)
    #   
    #   851          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               4 (2)
    #                98 PRECALL                  1
    #               102 CALL                     1
    #               112 POP_TOP
    #   
    #   852     >>  114 POP_EXCEPT
    #               116 JUMP_BACKWARD           58 (to 2)
    #   
    #   849     >>  118 RERAISE                  0
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #   
    #   856     >>  126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               5 (3)
    #               132 PRECALL                  1
    #               136 CALL                     1
    #               146 POP_TOP
    #               148 LOAD_CONST               0 (None)
    #               150 RETURN_VALUE
    #   ExceptionTable:
    #     6 to 26 -> 52 [0]
    #     52 to 112 -> 120 [1] lasti
    #     118 to 118 -> 120 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_clause_continue_else_code_break: loop entered again only from an except clause not recognised at 2')


def while_true_try_if_clause_continue_else_break(c, t, x, n, m):
    t(0)
    while True:
        try:
            if c():
                x(1)
            else:
                t(5)
        except E1:
            t(2)
            continue
        return 3


def while_true_try_two_clauses_continue_return_else_break_then_loop(c, t, x, n, m):
    while True:
        try:
            x(1)
            break
        except E1:
            t(2)
            continue
        except E2:
            return 7
    while c():
        t(3)


def try_if_if_chain_else_return_clause_return(c, t, x, n, m):
    # depyf: could not decompile try_if_if_chain_else_return_clause_return: try body reads the code past its end, read again as its else, at 160
    #   888           0 RESUME                   0
    #   
    #   891           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               5 (v)
    #   
    #   892           6 NOP
    #   
    #   893           8 LOAD_FAST                5 (v)
    #                10 LOAD_CONST               2 (1)
    #                12 BINARY_OP               23 (-=)
    #                16 STORE_FAST               5 (v)
    #   
    #   894          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 PRECALL                  0
    #                26 CALL                     0
    #                36 POP_JUMP_FORWARD_IF_FALSE    65 (to 168)
    #   
    #   895          38 LOAD_CONST               1 (0)
    #                40 LOAD_GLOBAL              1 (NULL + len)
    #                52 LOAD_GLOBAL              3 (NULL + list)
    #                64 PUSH_NULL
    #                66 LOAD_FAST                3 (n)
    #                68 PRECALL                  0
    #                72 CALL                     0
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 PRECALL                  1
    #               100 CALL                     1
    #               110 SWAP                     2
    #               112 COPY                     2
    #               114 COMPARE_OP               0 (<)
    #               120 POP_JUMP_FORWARD_IF_FALSE     6 (to 134)
    #               122 LOAD_CONST               3 (2)
    #               124 COMPARE_OP               0 (<)
    #               130 POP_JUMP_FORWARD_IF_FALSE    16 (to 164)
    #               132 JUMP_FORWARD             2 (to 138)
    #           >>  134 POP_TOP
    #               136 JUMP_FORWARD            13 (to 164)
    #   
    #   896     >>  138 PUSH_NULL
    #               140 LOAD_FAST                2 (x)
    #               142 LOAD_CONST               3 (2)
    #               144 PRECALL                  1
    #               148 CALL                     1
    #               158 POP_TOP
    #               160 LOAD_CONST               0 (None)
    #               162 RETURN_VALUE
    #   
    #   898     >>  164 LOAD_CONST               4 (3)
    #               166 RETURN_VALUE
    #   
    #   894     >>  168 LOAD_CONST               0 (None)
    #               170 RETURN_VALUE
    #           >>  172 PUSH_EXC_INFO
    #   
    #   899         174 LOAD_GLOBAL              4 (E1)
    #               186 CHECK_EXC_MATCH
    #               188 POP_JUMP_FORWARD_IF_FALSE     5 (to 200)
    #               190 POP_TOP
    #   
    #   900         192 LOAD_FAST                5 (v)
    #               194 SWAP                     2
    #               196 POP_EXCEPT
    #               198 RETURN_VALUE
    #   
    #   899     >>  200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   ExceptionTable:
    #     8 to 158 -> 172 [0]
    #     172 to 194 -> 202 [1] lasti
    #     200 to 200 -> 202 [1] lasti
    raise RuntimeError('depyf: could not decompile try_if_if_chain_else_return_clause_return: try body reads the code past its end, read again as its else, at 160')

assert run([], for_if_while_chain_elif) in ((9, []), FELL)
assert run([1, 0, 1], for_if_while_chain_elif) in ((9, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_elif) in ((9, [5, 5]), FELL)
assert run([], for_if_while_chain_body_elif_else) in ((11, []), FELL)
assert run([1], for_if_while_chain_body_elif_else) in ((11, [9]), FELL)
assert run([2], for_if_while_chain_body_elif_else) in ((11, [9, 9]), FELL)
assert run([3], for_if_while_chain_body_elif_else) in ((11, [9, 9, 9]), FELL)
assert run([1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)
assert run([2, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9]), FELL)
assert run([2, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9]), FELL)
assert run([3, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9, 9]), FELL)
assert run([3, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9, 9]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5]), FELL)
assert run([2, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9]), FELL)
assert run([3, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9, 9]), FELL)
assert run([1, 1, 1, 0, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)
assert run([], while_while_true_return_try_break_clause) in (('Budget', [-3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6]), FELL)
assert run([1], while_while_true_return_try_break_clause) in ((None, []), FELL)
assert run([0, 1], while_while_true_return_try_break_clause) in ((5, []), FELL)
assert run([0, 0, 1], while_while_true_return_try_break_clause) in (('Budget', [-3, 4, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6]), FELL)
assert run([0, 0, 2], while_while_true_return_try_break_clause) in (('E2', [-3]), FELL)
assert run([0, 0, 0, 1], while_while_true_return_try_break_clause) in ((None, [-3, 6]), FELL)
assert run([0, 0, 1, 1], while_while_true_return_try_break_clause) in ((5, [-3, 4]), FELL)
assert run([], for_while_true_try_break_two_clauses) in ((7, []), FELL)
assert run([1], for_while_true_try_break_two_clauses) in ((7, [-1, 6]), FELL)
assert run([2], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 6]), FELL)
assert run([3], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6]), FELL)
assert run([2, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6]), FELL)
assert run([2, 0, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 6]), FELL)
assert run([2, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 0, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([2, 0, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 2, -1, 6]), FELL)
assert run([], if_while_true_try_else_break) in ((None, [4]), FELL)
assert run([1], if_while_true_try_else_break) in ((None, [-1, 3, 4]), FELL)
assert run([1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 3, 4]), FELL)
assert run([1, 2], if_while_true_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([1, 1, 2], if_while_true_try_else_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([1, 1, 1, 2], if_while_true_try_else_break) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([], while_while_true_break_try_break_else) in ((None, [4]), FELL)
assert run([1], while_while_true_break_try_break_else) in ((None, [-1, 4]), FELL)
assert run([1, 0, 1], while_while_true_break_try_break_else) in ((None, [-1, 2, -1, 4]), FELL)
assert run([1, 0, 2], while_while_true_break_try_break_else) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_while_true_break_try_break_else) in ((None, [-1, 2, 4]), FELL)
assert run([], while_code_while_true_try_break_clause_continue) in ((None, []), FELL)
assert run([1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2]), FELL)
assert run([1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 0, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 0, 1, -2]), FELL)
assert run([1, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 1, -2]), FELL)
assert run([1, 0, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 0, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 1, 0, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 5, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 1, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 1, -2, 3, 5, 1, -2]), FELL)
assert run([], for_while_true_try_break_clause_if_break_else) in ((None, []), FELL)
assert run([1], for_while_true_try_break_clause_if_break_else) in ((None, [-1]), FELL)
assert run([2], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1]), FELL)
assert run([3], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1]), FELL)
assert run([1, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1]), FELL)
assert run([3, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1, -1]), FELL)
assert run([2, 0, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1, -1]), FELL)
assert run([3, 0, 0, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1, -1, -1]), FELL)
assert run([3, 1, 0, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1, -1, -1]), FELL)
assert run([1, 1, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1]), FELL)
assert run([2, 1, 1, 1, 0], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1]), FELL)
assert run([], try_if_never_looping_while_or_break_return) in ((1, []), FELL)
assert run([1], try_if_never_looping_while_or_break_return) in ((None, [18]), FELL)
assert run([], while_if_try_return_or_clause_break) in ((None, []), FELL)
assert run([1, 1], while_if_try_return_or_clause_break) in ((0, [-5]), FELL)
assert run([1, 1, 1], while_if_try_return_or_clause_break) in ((None, [-5, -6]), FELL)
assert run([1, 1, 2], while_if_try_return_or_clause_break) in (('E2', [-5]), FELL)
assert run([1, 1, 0, 1], while_if_try_return_or_clause_break) in ((1, [-5]), FELL)
assert run([1, 1, 0, 2], while_if_try_return_or_clause_break) in ((2, [-5]), FELL)
assert run([1, 1, 0, 3], while_if_try_return_or_clause_break) in ((3, [-5]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_or_clause_break) in (('E1', [-5, -6]), FELL)
assert run([1, 1, 1, 2], while_if_try_return_or_clause_break) in (('E2', [-5, -6]), FELL)
assert run([], try_match_nested_match_default_return) in ((46, []), FELL)
assert run([1], try_match_nested_match_default_return) in ((47, []), FELL)
assert run([], try_match_default_call) in ((None, [2, 3]), FELL)
assert run([1], try_match_default_call) in ((None, [-1, 3]), FELL)
assert run([1, 2], try_match_default_call) in (('E2', [-1]), FELL)
assert run([], try_match_default_returns) in ((0, []), FELL)
assert run([1], try_match_default_returns) in ((6, [-1]), FELL)
assert run([2], try_match_default_returns) in ((5, []), FELL)
assert run([0, 1], try_match_default_returns) in ((1, []), FELL)
assert run([0, 2], try_match_default_returns) in ((2, []), FELL)
assert run([0, 3], try_match_default_returns) in ((3, []), FELL)
assert run([1, 2], try_match_default_returns) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 0, 1, 1, 0, 0], while_if_try_return_or_clause_break) in ((None, [-5, -6]), FELL)
assert run([], for_while_true_try_break_clause_continue_code) in ((None, []), FELL)
assert run([1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3]), FELL)
assert run([2], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 3]), FELL)
assert run([3], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 2], for_while_true_try_break_clause_continue_code) in (('E2', [-1]), FELL)
assert run([2, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3, -1, 3]), FELL)
assert run([3, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3]), FELL)
assert run([2, 0, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 2, -1, 3]), FELL)
assert run([2, 0, 2], for_while_true_try_break_clause_continue_code) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3, -1, 3]), FELL)
assert run([3, 0, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 2, -1, 3, -1, 3]), FELL)
assert run([3, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3, -1, 3, -1, 3]), FELL)
assert run([], while_else_while_true_try_break_two_continues) in ((None, [9]), FELL)
assert run([1], while_else_while_true_try_break_two_continues) in ((None, [-1, 9]), FELL)
assert run([1, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, 9]), FELL)
assert run([1, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, 9]), FELL)
assert run([1, 2, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, 2, -1, 9]), FELL)
assert run([1, 2, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, 9]), FELL)
assert run([1, 1, 0, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, 2, -1, 9]), FELL)
assert run([1, 1, 0, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, -1, 9]), FELL)
assert run([1, 2, 2, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, 2, -1, 9]), FELL)
assert run([1, 2, 2, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, -1, 9]), FELL)
assert run([], if_while_true_try_break_clause_return) in ((7, []), FELL)
assert run([1], if_while_true_try_break_clause_return) in ((7, [1, -2, 6]), FELL)
assert run([1, 1], if_while_true_try_break_clause_return) in ((7, [1, -2, 5, 1, -2, 6]), FELL)
assert run([1, 2], if_while_true_try_break_clause_return) in (('E2', [1, -2]), FELL)
assert run([1, 1, 1], if_while_true_try_break_clause_return) in ((4, [1, -2]), FELL)
assert run([1, 1, 0, 1], if_while_true_try_break_clause_return) in ((7, [1, -2, 5, 1, -2, 5, 1, -2, 6]), FELL)
assert run([1, 1, 0, 2], if_while_true_try_break_clause_return) in (('E2', [1, -2, 5, 1, -2]), FELL)
assert run([], while_while_true_code_try_break_then_if) in ((None, []), FELL)
assert run([1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 5]), FELL)
assert run([1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2]), FELL)
assert run([1, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2]), FELL)
assert run([1, 1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2, 3, 1, -2]), FELL)
assert run([1, 0, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2]), FELL)
assert run([1, 1, 1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 3, 1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 1, 1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2, 3, 1, -2, 3, 1, -2]), FELL)
assert run([], try_for_break_else_if_else_return) in ((9, []), FELL)
assert run([0, 1], try_for_break_else_if_else_return) in ((None, [5, 18]), FELL)
assert run([1, 1], try_for_break_else_if_else_return) in ((None, [18]), FELL)
assert run([], try_for_break_else_return_value) in ((0, []), FELL)
assert run([0, 1], try_for_break_else_return_value) in ((1, []), FELL)
assert run([0, 2], try_for_break_else_return_value) in ((2, []), FELL)
assert run([0, 3], try_for_break_else_return_value) in ((3, []), FELL)
assert run([1, 1], try_for_break_else_return_value) in ((None, [18]), FELL)
assert run([], try_for_break_else_code_return) in ((4, [0, 3]), FELL)
assert run([1], try_for_break_else_code_return) in ((4, [0, 2, 3]), FELL)
assert run([2], try_for_break_else_code_return) in ((4, [0, 2, 2, 3]), FELL)
assert run([3], try_for_break_else_code_return) in ((4, [0, 2, 2, 2, 3]), FELL)
assert run([1, 1], try_for_break_else_code_return) in ((None, [0, 1, 18]), FELL)
assert run([2, 0, 1], try_for_break_else_code_return) in ((None, [0, 2, 1, 18]), FELL)
assert run([3, 0, 0, 1], try_for_break_else_code_return) in ((None, [0, 2, 2, 1, 18]), FELL)
assert run([], for_try_for_break_else_if_return) in ((None, []), FELL)
assert run([1], for_try_for_break_else_if_return) in ((None, [18]), FELL)
assert run([2], for_try_for_break_else_if_return) in ((None, [18, 18]), FELL)
assert run([3], for_try_for_break_else_if_return) in ((None, [18, 18, 18]), FELL)
assert run([1, 0, 1], for_try_for_break_else_if_return) in ((5, []), FELL)
assert run([], try_for_break_else_if_return) in ((None, [18]), FELL)
assert run([0, 1], try_for_break_else_if_return) in ((9, []), FELL)
assert run([], try_if_and_elif_else_while_true_try_else_break) in ((None, [0, 58]), FELL)
assert run([0, 0, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-1, 58]), FELL)
assert run([0, 0, 2], try_if_and_elif_else_while_true_try_else_break) in ((None, [-2, 58]), FELL)
assert run([0, 0, 3], try_if_and_elif_else_while_true_try_else_break) in ((None, [-3, 58]), FELL)
assert run([0, 0, 0, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [0, 0, 58]), FELL)
assert run([0, 0, 0, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [0]), FELL)
assert run([0, 0, 1, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-1, 0, 58]), FELL)
assert run([0, 0, 1, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-1]), FELL)
assert run([0, 0, 2, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-2, 0, 58]), FELL)
assert run([0, 0, 2, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-2]), FELL)
assert run([0, 0, 3, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-3, 0, 58]), FELL)
assert run([0, 0, 3, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-3]), FELL)
assert run([], clause_try_pass_except_else_pass_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_pass_except_else_pass_finally) in ((None, [-1, 25]), FELL)
assert run([2], clause_try_pass_except_else_pass_finally) in (('E2', [-1]), FELL)
assert run([], clause_try_pass_except_else_pass_finally_then_clause) in ((None, [-1]), FELL)
assert run([1], clause_try_pass_except_else_pass_finally_then_clause) in ((None, [-1, 25]), FELL)
assert run([], try_if_elif_clause_try_pass_except_else_finally) in ((None, []), FELL)
assert run([1], try_if_elif_clause_try_pass_except_else_finally) in ((None, [-2]), FELL)
assert run([1, 1], try_if_elif_clause_try_pass_except_else_finally) in ((None, [-2, 25]), FELL)
assert run([], try_while_break_else_code_return) in ((4, [0, 3]), FELL)
assert run([1], try_while_break_else_code_return) in ((4, [0, 2, 3]), FELL)
assert run([1, 1], try_while_break_else_code_return) in ((None, [0, 1, 18]), FELL)
assert run([1, 0, 1], try_while_break_else_code_return) in ((4, [0, 2, 2, 3]), FELL)
assert run([1, 0, 1, 1], try_while_break_else_code_return) in ((None, [0, 2, 1, 18]), FELL)
assert run([], for_try_for_break_else_return_value) in ((None, []), FELL)
assert run([1], for_try_for_break_else_return_value) in ((0, [3]), FELL)
assert run([1, 0, 1], for_try_for_break_else_return_value) in ((1, [3]), FELL)
assert run([1, 0, 2], for_try_for_break_else_return_value) in ((2, [3]), FELL)
assert run([1, 0, 3], for_try_for_break_else_return_value) in ((3, [3]), FELL)
assert run([1, 1, 1], for_try_for_break_else_return_value) in ((None, [1, 18]), FELL)
assert run([2, 1, 1], for_try_for_break_else_return_value) in ((0, [1, 18, 3]), FELL)
assert run([], try_for_break_else_if_return_finally) in ((4, [9]), FELL)
assert run([1], try_for_break_else_if_return_finally) in ((4, [-1, 9]), FELL)
assert run([2], try_for_break_else_if_return_finally) in ((4, [-1, -1, 9]), FELL)
assert run([3], try_for_break_else_if_return_finally) in ((4, [-1, -1, -1, 9]), FELL)
assert run([0, 1], try_for_break_else_if_return_finally) in ((4, [2, 9]), FELL)
assert run([1, 1], try_for_break_else_if_return_finally) in ((5, [-1, 9]), FELL)
assert run([1, 2], try_for_break_else_if_return_finally) in (('E2', [-1, 9]), FELL)
assert run([1, 0, 1], try_for_break_else_if_return_finally) in ((None, [-1, 9, 18]), FELL)
assert run([1, 0, 0, 1], try_for_break_else_if_return_finally) in ((4, [-1, 2, 9]), FELL)
assert run([2, 0, 0, 1], try_for_break_else_if_return_finally) in ((5, [-1, -1, 9]), FELL)
assert run([2, 0, 0, 2], try_for_break_else_if_return_finally) in (('E2', [-1, -1, 9]), FELL)
assert run([], try_for_break_else_return_try_else) in ((4, [3]), FELL)
assert run([1, 1], try_for_break_else_return_try_else) in ((None, [7, 18]), FELL)
assert run([], if_try_for_break_else_return) in ((None, [18]), FELL)
assert run([1], if_try_for_break_else_return) in ((4, []), FELL)
assert run([], with_for_try_break_clause_then_if_break) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], with_for_try_break_clause_then_if_break) in ((None, [('enter', 2), 5, ('exit', 2, False)]), FELL)
assert run([], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, ('exit', 2, False)]), FELL)
assert run([1], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, -4, 5, ('exit', 2, False)]), FELL)
assert run([1, 1], with_for_try_break_clauses_then_if_and_break) in (('E1', [('enter', 2), 3, -4, ('exit', 2, False)]), FELL)
assert run([1, 2], with_for_try_break_clauses_then_if_and_break) in (('E2', [('enter', 2), 3, -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, -4, ('exit', 2, True)]), FELL)
assert run([], with_two_while_true_break_while_return) in (('Budget', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_two_while_true_break_while_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_two_while_true_break_while_return) in ((3, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_while_true_break_while_return) in (('Budget', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_while_return) in ((None, [('enter', 1), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_while_true_break_while_return) in ((3, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], with_while_true_break_if_return) in (('Budget', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_if_return) in ((None, [('enter', 1), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_while_true_break_if_return) in ((3, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], if_elif_with_try_return_two_clauses) in ((None, []), FELL)
assert run([0, 1], if_elif_with_try_return_two_clauses) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 1], if_elif_with_try_return_two_clauses) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([], if_elif_with_try_return_clause) in ((None, []), FELL)
assert run([0, 1], if_elif_with_try_return_clause) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 1], if_elif_with_try_return_clause) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 2], if_elif_with_try_return_clause) in (('E2', [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 2, 1], if_elif_with_try_return_clause) in ((None, [('enter', 37), -43, ('exit', 37, True)]), FELL)
assert run([], if_with_try_return_two_clauses) in ((None, []), FELL)
assert run([1], if_with_try_return_two_clauses) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([1, 1], if_with_try_return_two_clauses) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([], clause_with_two_try_else_pass) in ((None, [-1]), FELL)
assert run([1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_two_try_else_pass) in (('E2', [-1]), FELL)
assert run([1, 2], clause_with_two_try_else_pass) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)
assert run([], clause_with_two_try_clause) in ((None, [-1]), FELL)
assert run([1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_two_try_clause) in (('E2', [-1]), FELL)
assert run([1, 2], clause_with_two_try_clause) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)
assert run([], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], with_two_try_else_pass) in (('E2', [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2, 1], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([2, 0, 1], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)
assert run([], clause_with_with_try_clause_call) in ((None, [-1]), FELL)
assert run([1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_with_try_clause_call) in (('E2', [-1]), FELL)
assert run([1, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, 5, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2], clause_with_with_try_clause_call) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)
assert run([], try_clause_with_two_try_two_clauses_else) in ((None, [-1]), FELL)
assert run([1], try_clause_with_two_try_two_clauses_else) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], try_clause_with_two_try_two_clauses_else) in (('E2', [-1]), FELL)
assert run([], for_while_true_try_clause_continue_then_break) in ((None, [3]), FELL)
assert run([1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 3]), FELL)
assert run([2], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 3]), FELL)
assert run([3], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, 3]), FELL)
assert run([1, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 3]), FELL)
assert run([3, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, -1, 3]), FELL)
assert run([2, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, 3]), FELL)
assert run([2, 0, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1, -1]), FELL)
assert run([3, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, -1, 3]), FELL)
assert run([3, 1, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, -1, -1, 3]), FELL)
assert run([2, 1, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 2, 3]), FELL)
assert run([2, 1, 0, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1, 2, -1]), FELL)
assert run([], for_while_true_try_if_else_clause_continue_then_break) in ((8, []), FELL)
assert run([1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5]), FELL)
assert run([2], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, 5]), FELL)
assert run([3], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, 5, 5]), FELL)
assert run([1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4]), FELL)
assert run([2, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 5]), FELL)
assert run([3, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 5, 5]), FELL)
assert run([1, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7]), FELL)
assert run([1, 1, 2], for_while_true_try_if_else_clause_continue_then_break) in (('E2', [-4]), FELL)
assert run([2, 0, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, -4]), FELL)
assert run([2, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7, 5]), FELL)
assert run([3, 0, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, -4, 5]), FELL)
assert run([3, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7, 5, 5]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 6, 5]), FELL)
assert run([], while_while_true_try_clause_continue_then_break) in ((None, [3]), FELL)
assert run([1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 3]), FELL)
assert run([1, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 2, 3]), FELL)
assert run([1, 2], while_while_true_try_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 3]), FELL)
assert run([1, 0, 1, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, 3]), FELL)
assert run([1, 0, 1, 2], while_while_true_try_clause_continue_then_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 3]), FELL)
assert run([], while_true_try_clause_continue_else_break) in ((None, [-1, 3]), FELL)
assert run([1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, 3]), FELL)
assert run([2], while_true_try_clause_continue_else_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 0, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 0, 2], while_true_try_clause_continue_else_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, -1, 3]), FELL)
assert run([1, 1, 2], while_true_try_clause_continue_else_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 0, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([], if_while_true_try_clause_continue_else_break) in ((None, []), FELL)
assert run([1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1]), FELL)
assert run([1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, -1]), FELL)
assert run([1, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, -1, -1]), FELL)
assert run([1, 1, 0, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1, -1]), FELL)
assert run([1, 1, 1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, 2, -1, -1]), FELL)
assert run([1, 1, 1, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1, 2, -1]), FELL)
assert run([], for_while_true_try_elif_return_clause_continue_then_break) in ((6, []), FELL)
assert run([1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2]), FELL)
assert run([2], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, 2]), FELL)
assert run([3], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, 2, 2]), FELL)
assert run([1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1]), FELL)
assert run([2, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 2]), FELL)
assert run([3, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 2, 2]), FELL)
assert run([1, 0, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((5, []), FELL)
assert run([1, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4]), FELL)
assert run([1, 1, 2], for_while_true_try_elif_return_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([2, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4, 2]), FELL)
assert run([3, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4, 2, 2]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 3, 2]), FELL)
assert run([2, 0, 0, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, -1]), FELL)
assert run([], clause_while_true_break_then_while) in ((None, [-1]), FELL)
assert run([1], clause_while_true_break_then_while) in (('Budget', [-1]), FELL)
assert run([2], clause_while_true_break_then_while) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_true_break_then_while) in ((None, [-1, 5]), FELL)
assert run([1, 0, 1], clause_while_true_break_then_while) in (('Budget', [-1, -2]), FELL)
assert run([1, 0, 1, 1], clause_while_true_break_then_while) in (('E1', [-1, -2]), FELL)
assert run([1, 0, 1, 2], clause_while_true_break_then_while) in (('E2', [-1, -2]), FELL)
assert run([], while_true_try_clause_continue_else_code_break) in ((None, [-1, 4, 3]), FELL)
assert run([1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, 4, 3]), FELL)
assert run([2], while_true_try_clause_continue_else_code_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, 4, 3]), FELL)
assert run([1, 0, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, -1, 4, 3]), FELL)
assert run([1, 0, 2], while_true_try_clause_continue_else_code_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, -1, 4, 3]), FELL)
assert run([1, 1, 2], while_true_try_clause_continue_else_code_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 0, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, 2, -1, 4, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, 2, -1, 4, 3]), FELL)
assert run([], while_true_try_if_clause_continue_else_break) in ((3, [0, 5]), FELL)
assert run([1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1]), FELL)
assert run([1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, 5]), FELL)
assert run([1, 2], while_true_try_if_clause_continue_else_break) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, -1, 2, 5]), FELL)
assert run([1, 1, 1, 2], while_true_try_if_clause_continue_else_break) in (('E2', [0, -1, 2, -1]), FELL)
assert run([], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1]), FELL)
assert run([1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1]), FELL)
assert run([2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1]), FELL)
assert run([0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3]), FELL)
assert run([1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1, 2, -1]), FELL)
assert run([0, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3, 3]), FELL)
assert run([1, 0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1, 2, -1, 2, -1]), FELL)
assert run([0, 1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3, 3, 3]), FELL)
assert run([1, 0, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 3, 3]), FELL)
assert run([1, 1, 0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], try_if_if_chain_else_return_clause_return) in ((None, []), FELL)
assert run([1], try_if_if_chain_else_return_clause_return) in ((3, []), FELL)
assert run([1, 1], try_if_if_chain_else_return_clause_return) in ((None, [-2]), FELL)
assert run([1, 1, 1], try_if_if_chain_else_return_clause_return) in ((-1, [-2]), FELL)
assert run([1, 1, 2], try_if_if_chain_else_return_clause_return) in (('E2', [-2]), FELL)
