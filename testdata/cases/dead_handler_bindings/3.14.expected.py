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
    #     81           LOAD_FAST_BORROW         0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE        5 (to L1)
    #                  NOT_TAKEN
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
    #                  POP_JUMP_IF_FALSE       21 (to L6)
    #                  NOT_TAKEN
    #                  STORE_FAST               5 (e)
    #   
    #     85   L3:     LOAD_FAST                6 (v)
    #                  LOAD_SMALL_INT           3
    #                  BINARY_OP               13 (+=)
    #                  STORE_FAST               6 (v)
    #          L4:     POP_EXCEPT
    #                  LOAD_CONST               1 (None)
    #                  STORE_FAST               5 (e)
    #                  DELETE_FAST              5 (e)
    #   
    #     86           LOAD_FAST                6 (v)
    #                  RETURN_VALUE
    #   
    #     --   L5:     LOAD_CONST               1 (None)
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
    #     90            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #     91            MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       26 (to L1)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       19 (to L1)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       11 (to L1)
    #                   NOT_TAKEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        6 (to L2)
    #                   NOT_TAKEN
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
    #                   POP_JUMP_IF_FALSE        5 (to L5)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     95    L4:     POP_EXCEPT
    #   
    #     98            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     96    L5:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       21 (to L11)
    #           L6:     NOT_TAKEN
    #           L7:     STORE_FAST               5 (e)
    #   
    #     97    L8:     LOAD_FAST                6 (v)
    #                   LOAD_SMALL_INT           3
    #                   BINARY_OP               13 (+=)
    #                   STORE_FAST               6 (v)
    #           L9:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #     98            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     --   L10:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #     96   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L12 [1] lasti
    #     L5 to L6 -> L12 [1] lasti
    #     L7 to L8 -> L12 [1] lasti
    #     L8 to L9 -> L10 [1] lasti
    #     L10 to L12 -> L12 [1] lasti
    raise RuntimeError("depyf: could not decompile match_orphan_try_binding_then_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")


def while_match_orphan_try_binding_return(c, t, x, n, m):
    # depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed
    #    101            RESUME                   0
    #   
    #    102            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       54 (to L3)
    #                   NOT_TAKEN
    #   
    #    103            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_SMALL_INT           3
    #                   BINARY_OP                6 (%)
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #    104            MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       27 (to L1)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       20 (to L1)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          2
    #                   LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       12 (to L1)
    #                   NOT_TAKEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        7 (to L2)
    #                   NOT_TAKEN
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
    #    102    L3:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #    107            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L6)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    108    L5:     POP_EXCEPT
    #   
    #    113            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #    109    L6:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       21 (to L12)
    #           L7:     NOT_TAKEN
    #           L8:     STORE_FAST               5 (e)
    #   
    #    110    L9:     LOAD_FAST                6 (v)
    #                   LOAD_SMALL_INT           3
    #                   BINARY_OP               13 (+=)
    #                   STORE_FAST               6 (v)
    #          L10:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #    113            LOAD_FAST                6 (v)
    #                   RETURN_VALUE
    #   
    #     --   L11:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    109   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L13 [1] lasti
    #     L6 to L7 -> L13 [1] lasti
    #     L8 to L9 -> L13 [1] lasti
    #     L9 to L10 -> L11 [1] lasti
    #     L11 to L13 -> L13 [1] lasti
    raise RuntimeError("depyf: could not decompile while_match_orphan_try_binding_return: 'v' is local only by a binding in a handler nothing reaches (a try protecting nothing), whose try could not be placed")

assert run([], if_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], match_orphan_try_binding_then_return) in (('UnboundLocalError', []), FELL)
assert run([], while_match_orphan_try_binding_return) in ((None, []), FELL)
assert run([1], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([2], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
assert run([3], while_match_orphan_try_binding_return) in (('UnboundLocalError', []), FELL)
