v = 'the global v'







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


def if_orphan_try_binding_then_return(c, t, x, n, m):
    # depyf: could not decompile if_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #     80           RESUME                   0
    #   
    #     81           LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE        4 (to L1)
    #   
    #     82           NOP
    #   
    #     83           NOP
    #   
    #     86           LOAD_FAST_CHECK          6 (v)
    #                  RETURN_VALUE
    #          L1:     LOAD_FAST_CHECK          6 (v)
    #                  RETURN_VALUE
    #   
    #     --   L2:     PUSH_EXC_INFO
    #   
    #     84           LOAD_GLOBAL              0 (E2)
    #                  CHECK_EXC_MATCH
    #                  POP_JUMP_IF_FALSE       16 (to L6)
    #                  STORE_FAST               5 (e)
    #   
    #     85   L3:     LOAD_FAST                6 (v)
    #                  LOAD_CONST               1 (3)
    #                  BINARY_OP               13 (+=)
    #                  STORE_FAST               6 (v)
    #          L4:     POP_EXCEPT
    #                  LOAD_CONST               0 (None)
    #                  STORE_FAST               5 (e)
    #                  DELETE_FAST              5 (e)
    #   
    #     86           LOAD_FAST                6 (v)
    #                  RETURN_VALUE
    #   
    #     --   L5:     LOAD_CONST               0 (None)
    #                  STORE_FAST               5 (e)
    #                  DELETE_FAST              5 (e)
    #                  RERAISE                  1
    #   
    #     84   L6:     RERAISE                  0
    #   
    #     --   L7:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [1] lasti
    #     L3 to L4 -> L5 [1] lasti
    #     L5 to L7 -> L7 [1] lasti
    raise RuntimeError("depyf: could not decompile if_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")


def match_orphan_try_binding_then_return(c, t, x, n, m):
    # depyf: could not decompile match_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #     89            RESUME                   0
    #   
    #     90            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #     91            MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       22 (to L1)
    #                   GET_LEN
    #                   LOAD_CONST               1 (2)
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       16 (to L1)
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_CONST               2 (0)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        9 (to L1)
    #                   LOAD_CONST               3 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        5 (to L2)
    #   
    #     92            NOP
    #   
    #     93            NOP
    #   
    #     98            LOAD_FAST_CHECK          6 (v)
    #                   RETURN_VALUE
    #   
    #     91    L1:     POP_TOP
    #   
    #     98    L2:     LOAD_FAST_CHECK          6 (v)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     94            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L5)
    #                   POP_TOP
    #   
    #     95    L4:     POP_EXCEPT
    #   
    #     98            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     96    L5:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       16 (to L9)
    #                   STORE_FAST               5 (e)
    #   
    #     97    L6:     LOAD_FAST                6 (v)
    #                   LOAD_CONST               4 (3)
    #                   BINARY_OP               13 (+=)
    #                   STORE_FAST               6 (v)
    #           L7:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #     98            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     --    L8:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #     96    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L10 [1] lasti
    #     L5 to L6 -> L10 [1] lasti
    #     L6 to L7 -> L8 [1] lasti
    #     L8 to L10 -> L10 [1] lasti
    raise RuntimeError("depyf: could not decompile match_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")


def while_match_orphan_try_binding_return(c, t, x, n, m):
    # depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #    101            RESUME                   0
    #   
    #    102            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       45 (to L3)
    #   
    #    103            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_CONST               1 (3)
    #                   BINARY_OP                6 (%)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #    104            MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       23 (to L1)
    #                   GET_LEN
    #                   LOAD_CONST               2 (2)
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       17 (to L1)
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_CONST               3 (0)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       10 (to L1)
    #                   LOAD_CONST               4 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        6 (to L2)
    #   
    #    105            NOP
    #   
    #    106            NOP
    #   
    #    112            NOP
    #   
    #    113            LOAD_FAST_CHECK          6 (v)
    #                   RETURN_VALUE
    #   
    #    104    L1:     POP_TOP
    #   
    #    113    L2:     LOAD_FAST_CHECK          6 (v)
    #                   RETURN_VALUE
    #   
    #    102    L3:     RETURN_CONST             0 (None)
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #    107            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L6)
    #                   POP_TOP
    #   
    #    108    L5:     POP_EXCEPT
    #   
    #    113            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #    109    L6:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       16 (to L10)
    #                   STORE_FAST               5 (e)
    #   
    #    110    L7:     LOAD_FAST                6 (v)
    #                   LOAD_CONST               1 (3)
    #                   BINARY_OP               13 (+=)
    #                   STORE_FAST               6 (v)
    #           L8:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #    113            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     --    L9:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    109   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L11 [1] lasti
    #     L6 to L7 -> L11 [1] lasti
    #     L7 to L8 -> L9 [1] lasti
    #     L9 to L11 -> L11 [1] lasti
    raise RuntimeError("depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")

assert run([], if_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], match_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], while_match_orphan_try_binding_return) in ((None, []), FELL)
assert run([1], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([2], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([3], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
