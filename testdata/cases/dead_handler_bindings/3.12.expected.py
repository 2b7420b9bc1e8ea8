v = 'the global v'

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


def if_orphan_try_binding_then_return(c, t, x, n, m):
    # depyf: could not decompile if_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #    80           0 RESUME                   0
    #   
    #    81           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        4 (to 24)
    #   
    #    82          16 NOP
    #   
    #    83          18 NOP
    #   
    #    86          20 LOAD_FAST_CHECK          6 (v)
    #                22 RETURN_VALUE
    #           >>   24 LOAD_FAST_CHECK          6 (v)
    #                26 RETURN_VALUE
    #                28 PUSH_EXC_INFO
    #   
    #    84          30 LOAD_GLOBAL              0 (E2)
    #                40 CHECK_EXC_MATCH
    #                42 POP_JUMP_IF_FALSE       16 (to 76)
    #                44 STORE_FAST               5 (e)
    #   
    #    85          46 LOAD_FAST                6 (v)
    #                48 LOAD_CONST               1 (3)
    #                50 BINARY_OP               13 (+=)
    #                54 STORE_FAST               6 (v)
    #                56 POP_EXCEPT
    #                58 LOAD_CONST               0 (None)
    #                60 STORE_FAST               5 (e)
    #                62 DELETE_FAST              5 (e)
    #   
    #    86          64 LOAD_FAST                6 (v)
    #                66 RETURN_VALUE
    #           >>   68 LOAD_CONST               0 (None)
    #                70 STORE_FAST               5 (e)
    #                72 DELETE_FAST              5 (e)
    #                74 RERAISE                  1
    #   
    #    84     >>   76 RERAISE                  0
    #           >>   78 COPY                     3
    #                80 POP_EXCEPT
    #                82 RERAISE                  1
    #   ExceptionTable:
    #     28 to 44 -> 78 [1] lasti
    #     46 to 54 -> 68 [1] lasti
    #     68 to 76 -> 78 [1] lasti
    raise RuntimeError("depyf: could not decompile if_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")


def match_orphan_try_binding_then_return(c, t, x, n, m):
    # depyf: could not decompile match_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #    89           0 RESUME                   0
    #   
    #    90           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 PUSH_NULL
    #                16 LOAD_FAST                0 (c)
    #                18 CALL                     0
    #                26 BUILD_TUPLE              2
    #   
    #    91          28 MATCH_SEQUENCE
    #                30 POP_JUMP_IF_FALSE       19 (to 70)
    #                32 GET_LEN
    #                34 LOAD_CONST               1 (2)
    #                36 COMPARE_OP              40 (==)
    #                40 POP_JUMP_IF_FALSE       14 (to 70)
    #                42 UNPACK_SEQUENCE          2
    #                46 LOAD_CONST               2 (0)
    #                48 COMPARE_OP              40 (==)
    #                52 POP_JUMP_IF_FALSE        8 (to 70)
    #                54 LOAD_CONST               3 (1)
    #                56 COMPARE_OP              40 (==)
    #                60 POP_JUMP_IF_FALSE        5 (to 72)
    #   
    #    92          62 NOP
    #   
    #    93          64 NOP
    #   
    #    98          66 LOAD_FAST_CHECK          6 (v)
    #                68 RETURN_VALUE
    #   
    #    91     >>   70 POP_TOP
    #   
    #    98     >>   72 LOAD_FAST_CHECK          6 (v)
    #                74 RETURN_VALUE
    #                76 PUSH_EXC_INFO
    #   
    #    94          78 LOAD_GLOBAL              0 (E1)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_IF_FALSE        4 (to 100)
    #                92 POP_TOP
    #   
    #    95          94 POP_EXCEPT
    #   
    #    98          96 LOAD_FAST                6 (v)
    #                98 RETURN_VALUE
    #   
    #    96     >>  100 LOAD_GLOBAL              2 (E2)
    #               110 CHECK_EXC_MATCH
    #               112 POP_JUMP_IF_FALSE       16 (to 146)
    #               114 STORE_FAST               5 (e)
    #   
    #    97         116 LOAD_FAST                6 (v)
    #               118 LOAD_CONST               4 (3)
    #               120 BINARY_OP               13 (+=)
    #               124 STORE_FAST               6 (v)
    #               126 POP_EXCEPT
    #               128 LOAD_CONST               0 (None)
    #               130 STORE_FAST               5 (e)
    #               132 DELETE_FAST              5 (e)
    #   
    #    98         134 LOAD_FAST                6 (v)
    #               136 RETURN_VALUE
    #           >>  138 LOAD_CONST               0 (None)
    #               140 STORE_FAST               5 (e)
    #               142 DELETE_FAST              5 (e)
    #               144 RERAISE                  1
    #   
    #    96     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   ExceptionTable:
    #     76 to 92 -> 148 [1] lasti
    #     100 to 114 -> 148 [1] lasti
    #     116 to 124 -> 138 [1] lasti
    #     138 to 146 -> 148 [1] lasti
    raise RuntimeError("depyf: could not decompile match_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")


def while_match_orphan_try_binding_return(c, t, x, n, m):
    # depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #   101           0 RESUME                   0
    #   
    #   102           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       41 (to 98)
    #   
    #   103          16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 LOAD_CONST               1 (3)
    #                30 BINARY_OP                6 (%)
    #                34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 BUILD_TUPLE              2
    #   
    #   104          48 MATCH_SEQUENCE
    #                50 POP_JUMP_IF_FALSE       20 (to 92)
    #                52 GET_LEN
    #                54 LOAD_CONST               2 (2)
    #                56 COMPARE_OP              40 (==)
    #                60 POP_JUMP_IF_FALSE       15 (to 92)
    #                62 UNPACK_SEQUENCE          2
    #                66 LOAD_CONST               3 (0)
    #                68 COMPARE_OP              40 (==)
    #                72 POP_JUMP_IF_FALSE        9 (to 92)
    #                74 LOAD_CONST               4 (1)
    #                76 COMPARE_OP              40 (==)
    #                80 POP_JUMP_IF_FALSE        6 (to 94)
    #   
    #   105          82 NOP
    #   
    #   106          84 NOP
    #   
    #   112          86 NOP
    #   
    #   113          88 LOAD_FAST_CHECK          6 (v)
    #                90 RETURN_VALUE
    #   
    #   104     >>   92 POP_TOP
    #   
    #   113     >>   94 LOAD_FAST_CHECK          6 (v)
    #                96 RETURN_VALUE
    #   
    #   102     >>   98 RETURN_CONST             0 (None)
    #               100 PUSH_EXC_INFO
    #   
    #   107         102 LOAD_GLOBAL              0 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_IF_FALSE        4 (to 124)
    #               116 POP_TOP
    #   
    #   108         118 POP_EXCEPT
    #   
    #   113         120 LOAD_FAST                6 (v)
    #               122 RETURN_VALUE
    #   
    #   109     >>  124 LOAD_GLOBAL              2 (E2)
    #               134 CHECK_EXC_MATCH
    #               136 POP_JUMP_IF_FALSE       16 (to 170)
    #               138 STORE_FAST               5 (e)
    #   
    #   110         140 LOAD_FAST                6 (v)
    #               142 LOAD_CONST               1 (3)
    #               144 BINARY_OP               13 (+=)
    #               148 STORE_FAST               6 (v)
    #               150 POP_EXCEPT
    #               152 LOAD_CONST               0 (None)
    #               154 STORE_FAST               5 (e)
    #               156 DELETE_FAST              5 (e)
    #   
    #   113         158 LOAD_FAST                6 (v)
    #               160 RETURN_VALUE
    #           >>  162 LOAD_CONST               0 (None)
    #               164 STORE_FAST               5 (e)
    #               166 DELETE_FAST              5 (e)
    #               168 RERAISE                  1
    #   
    #   109     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   ExceptionTable:
    #     100 to 116 -> 172 [1] lasti
    #     124 to 138 -> 172 [1] lasti
    #     140 to 148 -> 162 [1] lasti
    #     162 to 170 -> 172 [1] lasti
    raise RuntimeError("depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")

assert run([], if_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], match_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], while_match_orphan_try_binding_return) in ((None, []), FELL)
assert run([1], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([2], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([3], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
