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


def mapping_case_call_ifexp_return(c, t, x, n, m):
    v = n().stop
    n().stop
    match {'k': n().stop}:
        case {**rest}:
            t(v if c() else 57)
    return v


def mapping_case_call_ifexp_then_return(c, t, x, n, m):
    # depyf: could not decompile mapping_case_call_ifexp_then_return: line 97 (LOAD_FAST at offset 156) was never read: the structure found would leave it out
    #    92           0 RESUME                   0
    #   
    #    93           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 LOAD_ATTR                0 (stop)
    #                30 STORE_FAST               5 (v)
    #   
    #    94          32 LOAD_CONST               1 ('k')
    #                34 PUSH_NULL
    #                36 LOAD_FAST                3 (n)
    #                38 PRECALL                  0
    #                42 CALL                     0
    #                52 LOAD_ATTR                0 (stop)
    #                62 BUILD_MAP                1
    #   
    #    95          64 COPY                     1
    #                66 MATCH_MAPPING
    #                68 POP_JUMP_FORWARD_IF_FALSE    47 (to 164)
    #                70 GET_LEN
    #                72 LOAD_CONST               2 (1)
    #                74 COMPARE_OP               5 (>=)
    #                80 POP_JUMP_FORWARD_IF_FALSE    41 (to 164)
    #                82 LOAD_CONST               5 (('k',))
    #                84 MATCH_KEYS
    #                86 COPY                     1
    #                88 POP_JUMP_FORWARD_IF_NONE    35 (to 160)
    #                90 UNPACK_SEQUENCE          1
    #                94 LOAD_CONST               2 (1)
    #                96 COMPARE_OP               2 (==)
    #               102 POP_JUMP_FORWARD_IF_FALSE    29 (to 162)
    #               104 POP_TOP
    #               106 POP_TOP
    #               108 POP_TOP
    #   
    #    96         110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 PUSH_NULL
    #               116 LOAD_FAST                0 (c)
    #               118 PRECALL                  0
    #               122 CALL                     0
    #               132 POP_JUMP_FORWARD_IF_FALSE     2 (to 138)
    #               134 LOAD_CONST               2 (1)
    #               136 JUMP_FORWARD             1 (to 140)
    #           >>  138 LOAD_CONST               3 (57)
    #           >>  140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #   
    #    97         156 LOAD_FAST                5 (v)
    #               158 RETURN_VALUE
    #   
    #    95     >>  160 POP_TOP
    #           >>  162 POP_TOP
    #           >>  164 POP_TOP
    #   
    #    98         166 MATCH_MAPPING
    #               168 POP_JUMP_FORWARD_IF_FALSE    38 (to 246)
    #               170 LOAD_CONST               6 (())
    #               172 MATCH_KEYS
    #               174 COPY                     1
    #               176 POP_JUMP_FORWARD_IF_NONE    32 (to 242)
    #               178 UNPACK_SEQUENCE          0
    #               182 BUILD_MAP                0
    #               184 SWAP                     3
    #               186 DICT_UPDATE              2
    #               188 UNPACK_SEQUENCE          0
    #               192 STORE_FAST               6 (rest)
    #   
    #    99         194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 PUSH_NULL
    #               200 LOAD_FAST                0 (c)
    #               202 PRECALL                  0
    #               206 CALL                     0
    #               216 POP_JUMP_FORWARD_IF_FALSE     2 (to 222)
    #               218 LOAD_FAST                5 (v)
    #               220 JUMP_FORWARD             1 (to 224)
    #           >>  222 LOAD_CONST               4 (58)
    #           >>  224 PRECALL                  1
    #               228 CALL                     1
    #               238 POP_TOP
    #               240 JUMP_FORWARD             3 (to 248)
    #   
    #    98     >>  242 POP_TOP
    #               244 POP_TOP
    #           >>  246 POP_TOP
    #   
    #   100     >>  248 LOAD_FAST                5 (v)
    #               250 RETURN_VALUE
    raise RuntimeError('depyf: could not decompile mapping_case_call_ifexp_then_return: line 97 (LOAD_FAST at offset 156) was never read: the structure found would leave it out')


def sequence_case_call_ifexp_then_return(c, t, x, n, m):
    v = n().stop
    match [n().stop]:
        case [0]:
            t(v if c() else 59)
    return v

assert run([], mapping_case_call_ifexp_return) in ((0, [57]), FELL)
assert run([1], mapping_case_call_ifexp_return) in ((1, [57]), FELL)
assert run([2], mapping_case_call_ifexp_return) in ((2, [57]), FELL)
assert run([0, 0, 0, 1], mapping_case_call_ifexp_return) in ((0, [0]), FELL)
assert run([1, 0, 0, 1], mapping_case_call_ifexp_return) in ((1, [1]), FELL)
assert run([2, 0, 0, 1], mapping_case_call_ifexp_return) in ((2, [2]), FELL)
assert run([], mapping_case_call_ifexp_then_return) in ((0, [58]), FELL)
assert run([1], mapping_case_call_ifexp_then_return) in ((1, [58]), FELL)
assert run([2], mapping_case_call_ifexp_then_return) in ((2, [58]), FELL)
assert run([0, 1], mapping_case_call_ifexp_then_return) in ((0, [57]), FELL)
assert run([1, 1], mapping_case_call_ifexp_then_return) in ((1, [57]), FELL)
assert run([2, 1], mapping_case_call_ifexp_then_return) in ((2, [57]), FELL)
assert run([0, 0, 1], mapping_case_call_ifexp_then_return) in ((0, [0]), FELL)
assert run([0, 1, 1], mapping_case_call_ifexp_then_return) in ((0, [1]), FELL)
assert run([], sequence_case_call_ifexp_then_return) in ((0, [59]), FELL)
assert run([1], sequence_case_call_ifexp_then_return) in ((1, [59]), FELL)
assert run([2], sequence_case_call_ifexp_then_return) in ((2, [59]), FELL)
assert run([0, 1], sequence_case_call_ifexp_then_return) in ((0, []), FELL)
assert run([1, 1], sequence_case_call_ifexp_then_return) in ((1, []), FELL)
assert run([2, 1], sequence_case_call_ifexp_then_return) in ((2, []), FELL)
assert run([0, 0, 1], sequence_case_call_ifexp_then_return) in ((0, [0]), FELL)
assert run([1, 0, 1], sequence_case_call_ifexp_then_return) in ((1, [1]), FELL)
