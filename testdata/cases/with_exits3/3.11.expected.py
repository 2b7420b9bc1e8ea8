import zlib
log = []
answers = []

class E1(Exception):
    pass


class E2(Exception):
    pass


def nxt():
    if not answers:
        raise Stop()
    return answers.pop()


def c():
    return nxt() % 2 == 0


def n():
    return range(nxt() % 3)


def t(k):
    log.append(k)
    if nxt() % 5 == 0:
        if nxt() % 2:
            raise E1(k)
        raise E2(k)


class m:
    def __init__(self, k):
        self.k = k
    def __enter__(self):
        log.append(('enter', self.k))
        return self.k
    def __exit__(self, typ, value, tb):
        log.append(('exit', self.k))
        return typ is not None and nxt() % 2 == 0


def streams():
    '24 answer streams from a fixed linear congruential generator.'
    x = 12345
    out = []
    for s in range(24):
        stream = []
        for k in range(10 + s % 7):
            x = (x * 1103515245 + 12345) % 2147483648
            stream.append(x >> 16)
        out.append(stream)
    return out

FELL = object()

def call(f):
    "f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."
    try:
        return f()
    except BaseException as e:
        fell = isinstance(e, RuntimeError) and 'depyf: could not decompile' in str(e)
        return FELL if fell else type(e).__name__


def outcomes(f):
    "f's result and log on every stream; None when it fell back."
    got = []
    for stream in streams():
        answers[:] = stream
        log.clear()
        r = call(f)
        if r is FELL:
            return None
        got.append((r, list(log)))
    return got


def checksum(f):
    got = outcomes(f)
    return None if got is None else zlib.crc32(repr(got).encode())


class Stop(BaseException):
    pass


def loop_with_return_only_back():
    with m(1):
        while True:
            if not c():
                break
            with m(3):
                return 4


def loop_with_return_only_back_calls():
    with m(1):
        t(2)
        while True:
            if not c():
                break
            t(3)
            with m(4):
                t(5)
                return 6
    return 7


def loop_with_return_value_only_back():
    with m(1) as a:
        while True:
            if not c():
                break
            with m(3) as b:
                return a + b


def clause_with_break():
    for i in n():
        try:
            with m(1):
                t(2)
            continue
        except E1:
            with m(3):
                break
            continue
    return 'after'


def clause_with_break_named():
    for i in n():
        try:
            if c():
                t(1)
            elif c():
                t(2)
            continue
        except E1:
            t(3)
            continue
        except E2 as e:
            with m(4):
                t(5)
                break
            continue
    return 'after'


def clause_with_continue():
    for i in n():
        try:
            t(1)
        except E1:
            with m(2):
                t(3)
                continue
        t(4)
    return 'after'


def clause_with_continue_while_true_finally():
    # depyf: could not decompile clause_with_continue_while_true_finally: a with's suppressing path and its normal exit go on apart at 156
    #   174           0 RESUME                   0
    #   
    #   175     >>    2 NOP
    #   
    #   176     >>    4 NOP
    #   
    #   177           6 LOAD_GLOBAL              1 (NULL + n)
    #                18 PRECALL                  0
    #                22 CALL                     0
    #                32 GET_ITER
    #           >>   34 FOR_ITER                17 (to 70)
    #                36 STORE_FAST               0 (i)
    #   
    #   178          38 LOAD_GLOBAL              3 (NULL + t)
    #                50 LOAD_CONST               2 (1)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 POP_TOP
    #                68 JUMP_BACKWARD           18 (to 34)
    #   
    #   177     >>   70 JUMP_FORWARD            87 (to 246)
    #           >>   72 PUSH_EXC_INFO
    #   
    #   179          74 LOAD_GLOBAL              4 (E1)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_FORWARD_IF_FALSE    74 (to 238)
    #                90 POP_TOP
    #   
    #   180          92 LOAD_GLOBAL              7 (NULL + m)
    #               104 LOAD_CONST               3 (7)
    #               106 PRECALL                  1
    #               110 CALL                     1
    #               120 BEFORE_WITH
    #               122 POP_TOP
    #   
    #   181         124 LOAD_GLOBAL              3 (NULL + t)
    #               136 LOAD_CONST               4 (8)
    #               138 PRECALL                  1
    #               142 CALL                     1
    #               152 POP_TOP
    #   
    #   182         154 NOP
    #   
    #   180         156 LOAD_CONST               0 (None)
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 PRECALL                  2
    #               166 CALL                     2
    #               176 POP_TOP
    #               178 POP_EXCEPT
    #   
    #   184         180 LOAD_GLOBAL              3 (NULL + t)
    #               192 LOAD_CONST               5 (9)
    #               194 PRECALL                  1
    #               198 CALL                     1
    #               208 POP_TOP
    #               210 JUMP_BACKWARD          105 (to 2)
    #   
    #   180     >>  212 PUSH_EXC_INFO
    #               214 WITH_EXCEPT_START
    #               216 POP_JUMP_FORWARD_IF_TRUE     4 (to 226)
    #               218 RERAISE                  2
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #           >>  226 POP_TOP
    #               228 POP_EXCEPT
    #               230 POP_TOP
    #               232 POP_TOP
    #               234 POP_EXCEPT
    #               236 JUMP_FORWARD             4 (to 246)
    #   
    #   179     >>  238 RERAISE                  0
    #           >>  240 COPY                     3
    #               242 POP_EXCEPT
    #               244 RERAISE                  1
    #   
    #   184     >>  246 LOAD_GLOBAL              3 (NULL + t)
    #               258 LOAD_CONST               5 (9)
    #               260 PRECALL                  1
    #               264 CALL                     1
    #               274 POP_TOP
    #               276 JUMP_FORWARD            20 (to 318)
    #           >>  278 PUSH_EXC_INFO
    #               280 LOAD_GLOBAL              3 (NULL + t)
    #               292 LOAD_CONST               5 (9)
    #               294 PRECALL                  1
    #               298 CALL                     1
    #               308 POP_TOP
    #               310 RERAISE                  0
    #           >>  312 COPY                     3
    #               314 POP_EXCEPT
    #               316 RERAISE                  1
    #   
    #   185     >>  318 LOAD_GLOBAL              3 (NULL + t)
    #               330 LOAD_CONST               6 (10)
    #               332 PRECALL                  1
    #               336 CALL                     1
    #               346 POP_TOP
    #   
    #   175         348 JUMP_BACKWARD          173 (to 4)
    #   ExceptionTable:
    #     6 to 68 -> 72 [0]
    #     70 to 70 -> 278 [0]
    #     72 to 120 -> 240 [1] lasti
    #     122 to 154 -> 212 [2] lasti
    #     156 to 176 -> 240 [1] lasti
    #     178 to 178 -> 278 [0]
    #     212 to 218 -> 220 [4] lasti
    #     220 to 224 -> 240 [1] lasti
    #     226 to 226 -> 220 [4] lasti
    #     228 to 232 -> 240 [1] lasti
    #     234 to 236 -> 278 [0]
    #     238 to 238 -> 240 [1] lasti
    #     240 to 244 -> 278 [0]
    #     278 to 310 -> 312 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_with_continue_while_true_finally: a with's suppressing path and its normal exit go on apart at 156")


def clause_with_continue_while_true_empty_finally():
    while True:
        try:
            for i in n():
                t(1)
        except E1:
            with m(7):
                continue
        finally:
            pass
        t(10)


def nested_for_with_break():
    for j in n():
        for i in n():
            with m(4):
                t(5)
                break
    t(6)
    return 'after'


def nested_for_with_break_logged():
    for j in n():
        t(1)
        for i in n():
            t(2)
            with m(3):
                t(4)
                break
    return 'after'

FUNCTIONS = [loop_with_return_only_back, loop_with_return_only_back_calls, loop_with_return_value_only_back, clause_with_break, clause_with_break_named, clause_with_continue, clause_with_continue_while_true_finally, clause_with_continue_while_true_empty_finally, nested_for_with_break, nested_for_with_break_logged]

def items_if_with_return():
    with m(1), m(2):
        if c() and c():
            with m(3):
                return 5
        t(11)
    return 12


def items_or_with_return_calls():
    with m(1), m(2):
        if c() or c():
            with m(3):
                t(4)
                return 5
        t(6)
    return 7


def items_if_with_return_then():
    with m(1), m(2):
        if c():
            with m(3):
                return 5
        t(11)
    t(12)


def nested_withs_if_return_call():
    with m(1), m(3):
        if c():
            return t(4)
    return 6


def nested_withs_if_return_call_logged():
    with m(1):
        t(2)
        with m(3):
            t(4)
            if c():
                return t(5)
            t(6)
    return 7

FUNCTIONS += [items_if_with_return, items_or_with_return_calls, items_if_with_return_then, nested_withs_if_return_call, nested_withs_if_return_call_logged]
EXPECTED = {'loop_with_return_only_back': 3097351993, 'loop_with_return_only_back_calls': 1266516018, 'loop_with_return_value_only_back': 3097351993, 'clause_with_break': 205512524, 'clause_with_break_named': 3546814693, 'clause_with_continue': 1864912657, 'clause_with_continue_while_true_finally': 424769776, 'clause_with_continue_while_true_empty_finally': 319013277, 'nested_for_with_break': 2659592948, 'nested_for_with_break_logged': 2088955868, 'items_if_with_return': 1497379748, 'items_or_with_return_calls': 3106093980, 'items_if_with_return_then': 657920693, 'nested_withs_if_return_call': 1127542151, 'nested_withs_if_return_call_logged': 3389805853}

def check():
    for f in FUNCTIONS:
        got = checksum(f)
        assert got is None or got == EXPECTED[f.__name__], (f.__name__, got, EXPECTED[f.__name__])
    answers.clear()
    log.clear()

check()
