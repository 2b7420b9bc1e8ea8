







































































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
            except E1:
                t(4)
            else:
                break
        t(6)


def for_while_true_try_break_two_clauses(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
            except E1:
                t(2)
                continue
            except E2:
                pass
            t(6)
            break
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
            except E1:
                t(2)
            else:
                break
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
            except (E1, E2):
                t(3)
                if c():
                    continue
                t(5)
            else:
                break


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
                break
            except E2 as e:
                raise E2(9)


def try_match_nested_match_default_return(c, t, x, n, m):
    # depyf: could not decompile try_match_nested_match_default_return: match default case starts past the end of its try body's range at 192
    #    268            RESUME                   0
    #   
    #    269            NOP
    #   
    #    270    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #    271            COPY                     1
    #                   MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       15 (to L2)
    #                   GET_LEN
    #                   LOAD_CONST               1 (2)
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE        9 (to L2)
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_CONST               2 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   POP_TOP
    #                   JUMP_FORWARD            26 (to L5)
    #           L2:     POP_TOP
    #                   COPY                     1
    #                   MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       18 (to L3)
    #                   GET_LEN
    #                   LOAD_CONST               1 (2)
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_CONST               1 (2)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        5 (to L3)
    #                   LOAD_CONST               3 (True)
    #                   IS_OP                    0
    #                   POP_JUMP_IF_FALSE        2 (to L4)
    #                   JUMP_FORWARD             3 (to L5)
    #           L3:     POP_TOP
    #           L4:     POP_TOP
    #                   JUMP_FORWARD            38 (to L10)
    #           L5:     POP_TOP
    #   
    #    272            LOAD_CONST               4 ('k')
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_MAP                1
    #   
    #    273            MATCH_MAPPING
    #                   POP_JUMP_IF_FALSE       23 (to L8)
    #                   GET_LEN
    #                   LOAD_CONST               2 (1)
    #                   COMPARE_OP             172 (>=)
    #                   POP_JUMP_IF_FALSE       17 (to L8)
    #                   LOAD_CONST               8 (('k',))
    #                   MATCH_KEYS
    #                   COPY                     1
    #                   POP_JUMP_IF_NONE        10 (to L6)
    #                   UNPACK_SEQUENCE          1
    #                   LOAD_CONST               5 (0)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        4 (to L7)
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    274            JUMP_FORWARD             7 (to L12)
    #   
    #    273    L6:     POP_TOP
    #           L7:     POP_TOP
    #           L8:     POP_TOP
    #           L9:     NOP
    #   
    #    279            RETURN_CONST             7 (47)
    #   
    #    275   L10:     NOP
    #   
    #    276   L11:     RETURN_CONST             6 (46)
    #   
    #    274   L12:     NOP
    #   
    #    279            RETURN_CONST             7 (47)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #    277            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L15)
    #                   POP_TOP
    #   
    #    278   L14:     POP_EXCEPT
    #   
    #    279            RETURN_CONST             7 (47)
    #   
    #    277   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L9 -> L13 [0]
    #     L10 to L11 -> L13 [0]
    #     L13 to L14 -> L16 [1] lasti
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile try_match_nested_match_default_return: match default case starts past the end of its try body's range at 192")


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
                return 6
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
            except E1:
                if c():
                    continue
                t(2)
                continue
            t(3)
            break


def while_else_while_true_try_break_two_continues(c, t, x, n, m):
    # depyf: could not decompile while_else_while_true_try_break_two_continues: an except clause goes on past the end of a loop sharing its head at 94
    #    320            RESUME                   0
    #   
    #    321            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L5)
    #   
    #    322    L1:     NOP
    #   
    #    323    L2:     NOP
    #   
    #    324    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    325    L4:     NOP
    #   
    #    321            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #                   JUMP_BACKWARD           25 (to L1)
    #   
    #    333    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (9)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    326            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       26 (to L10)
    #                   POP_TOP
    #   
    #    327            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #   
    #    328    L7:     POP_EXCEPT
    #                   JUMP_BACKWARD           59 (to L1)
    #   
    #    329    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   JUMP_FORWARD            16 (to L14)
    #   
    #    330   L10:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #                   POP_TOP
    #   
    #    331   L11:     POP_EXCEPT
    #                   JUMP_BACKWARD           81 (to L1)
    #   
    #    330   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    322   L14:     JUMP_BACKWARD           86 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L13 [1] lasti
    #     L8 to L9 -> L13 [1] lasti
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile while_else_while_true_try_break_two_continues: an except clause goes on past the end of a loop sharing its head at 94')


def if_while_true_try_break_clause_return(c, t, x, n, m):
    if c():
        while True:
            t(1)
            try:
                x(2)
            except E1:
                if c():
                    return 4
                t(5)
            else:
                break
        t(6)
    return 7


def while_while_true_code_try_break_then_if(c, t, x, n, m):
    while c():
        while True:
            t(1)
            try:
                x(2)
            except E1:
                t(3)
            else:
                break
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
            except E1:
                pass
            else:
                break
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
        pass


def try_if_elif_clause_try_pass_except_else_finally(c, t, x, n, m):
    try:
        if c():
            x(2)
        elif c() and c():
            pass
        else:
            pass
    except E1:
        try:
            pass
        except E1:
            pass
        finally:
            t(25)
    except E2 as e:
        pass
    return


def try_while_break_else_code_return(c, t, x, n, m):
    # depyf: could not decompile try_while_break_else_code_return: a jump leaves the loop past its exit at 84
    #    511            RESUME                   0
    #   
    #    512            NOP
    #   
    #    513    L1:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (0)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    514            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       43 (to L6)
    #   
    #    515    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L4)
    #   
    #    516            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    517    L3:     JUMP_FORWARD            31 (to L8)
    #   
    #    518    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    514            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L6)
    #           L5:     JUMP_BACKWARD           43 (to L2)
    #   
    #    520    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    521    L7:     RETURN_CONST             5 (4)
    #   
    #    524    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    522            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #                   POP_TOP
    #   
    #    523   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 21 (to L8)
    #   
    #    522   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L3 -> L9 [0]
    #     L4 to L5 -> L9 [0]
    #     L6 to L7 -> L9 [0]
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
    raise RuntimeError('depyf: could not decompile try_while_break_else_code_return: a jump leaves the loop past its exit at 84')


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
    #    556            RESUME                   0
    #   
    #    557            NOP
    #   
    #    558    L1:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                17 (to L5)
    #                   STORE_FAST               5 (k)
    #   
    #    559            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L3:     POP_JUMP_IF_TRUE         2 (to L4)
    #                   JUMP_BACKWARD           17 (to L2)
    #   
    #    560    L4:     POP_TOP
    #                   JUMP_FORWARD            11 (to L7)
    #   
    #    558    L5:     END_FOR
    #                   POP_TOP
    #   
    #    562            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    563    L6:     RETURN_CONST             2 (4)
    #   
    #    560    L7:     NOP
    #   
    #    567            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    568    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    564            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #                   POP_TOP
    #   
    #    565   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 21 (to L8)
    #   
    #    564   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L3 -> L9 [0]
    #     L4 to L6 -> L9 [0]
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
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
            if c():
                if c():
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
    else:
        return None


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
    else:
        return None


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
        else:
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
        except E1:
            if c():
                t(2)
            continue
        else:
            break
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
    while True:
        try:
            x(1)
        except E1:
            if c():
                t(2)
            continue
        else:
            t(4)
            break
    t(3)


def while_true_try_if_clause_continue_else_break(c, t, x, n, m):
    t(0)
    while True:
        try:
            if c():
                x(1)
            else:
                t(5)
            return 3
        except E1:
            t(2)
            continue


def while_true_try_two_clauses_continue_return_else_break_then_loop(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            t(2)
            continue
        except E2:
            return 7
        else:
            break
    while c():
        t(3)


def try_if_if_chain_else_return_clause_return(c, t, x, n, m):
    v = 0
    try:
        v -= 1
        if c():
            if 0 < len(list(n())) < 2:
                x(2)
            else:
                return 3
    except E1:
        return v

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
