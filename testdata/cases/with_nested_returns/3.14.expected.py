log = []

def raiser(exc):
    def f(*args):
        log.append(('raise', exc.__name__) + args)
        raise exc(*args)
    return f


def quiet(*args):
    log.append(('ok',) + args)
    return args










class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)

FELL = object()

def run(f, args):
    "f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        return type(e).__name__


def two(first, then):
    'A callable that acts as first on its first call, as then afterwards.'
    calls = []
    def f(*args):
        calls.append(args)
        return (first if len(calls) == 1 else then)(*args)
    return f


def while_nested_withs_const(items, m, r):
    log.append('start')
    while items.pop():
        with Manager(KeyError), Manager(TypeError), m:
            r()
            return 5
    log.append('after')
    return 'end'


def for_else_nested_withs_const(items, m, r):
    for x in items:
        log.append(x)
    with Manager(KeyError), Manager(TypeError), m:
        r()
        return 5
    log.append('after')
    return 'end'


def for_else_nested_withs_value(items, m, r):
    for x in items:
        log.append(x)
    with Manager(KeyError), Manager(TypeError), m:
        return r()
    log.append('after')
    return 'end'


def nested_for_withs_const(items, m, r):
    for x in items:
        with Manager(KeyError):
            for y in x:
                with m:
                    r(y)
                    return 3
            log.append('inner done')
        log.append('more')
    return 'end'


def try_nested_withs_const_in_for(items, m, r):
    for x in items:
        try:
            with Manager(KeyError), m:
                r(x)
                return 3
        except IndexError:
            log.append('caught')
        log.append('more')
    return 'end'


def try_nested_withs_const_in_clause(a, m, r):
    try:
        r(a)
        return 'end'
    except TypeError:
        try:
            with Manager(KeyError), m:
                r()
                return 3
        except IndexError:
            log.append('caught')
        log.append('clause')
        return 'end'


def clause_with_const(a, m, r):
    try:
        r(a)
    except TypeError:
        with m:
            r()
            return 8
    except KeyError as e:
        log.append('key')
    return 'end'


def named_clause_nested_withs_const(a, m, r):
    try:
        r(a)
        return 'end'
    except TypeError as e:
        with Manager(KeyError), m:
            r()
            return 8
        log.append('clause')
        return 'end'


def four_withs_const(a, m, r):
    # depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 200
    #    163            RESUME                   0
    #   
    #    164            LOAD_FAST_BORROW         0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE      126 (to L9)
    #                   NOT_TAKEN
    #   
    #    165            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    166            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              4 (TypeError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    167            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              6 (ValueError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    168            LOAD_FAST_BORROW         1 (m)
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #    169            LOAD_FAST_BORROW         2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   POP_TOP
    #   
    #    170            NOP
    #   
    #    168    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    167    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    166    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    165    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #    172    L9:     LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #    168   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L11)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L14)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    168   L14:     NOP
    #   
    #    167   L15:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L20)
    #          L16:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L17)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L17:     POP_TOP
    #          L18:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L20)
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    166   L20:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L25)
    #          L21:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L22)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L22:     POP_TOP
    #          L23:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L25)
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    171   L25:     LOAD_GLOBAL              8 (log)
    #                   LOAD_ATTR               11 (append + NULL|self)
    #                   LOAD_CONST               1 ('second')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    165   L26:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    172            LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #    165   L27:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L28)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L28:     POP_TOP
    #          L29:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    172            LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #     --   L30:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L27 [2] lasti
    #     L2 to L3 -> L21 [4] lasti
    #     L3 to L4 -> L16 [6] lasti
    #     L4 to L5 -> L10 [8] lasti
    #     L5 to L6 -> L16 [6] lasti
    #     L6 to L7 -> L21 [4] lasti
    #     L7 to L8 -> L27 [2] lasti
    #     L10 to L12 -> L13 [10] lasti
    #     L12 to L14 -> L16 [6] lasti
    #     L15 to L16 -> L21 [4] lasti
    #     L16 to L18 -> L19 [8] lasti
    #     L18 to L20 -> L21 [4] lasti
    #     L20 to L21 -> L27 [2] lasti
    #     L21 to L23 -> L24 [6] lasti
    #     L23 to L26 -> L27 [2] lasti
    #     L27 to L29 -> L30 [4] lasti
    raise RuntimeError("depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 200")


def three_withs_then_log_in_if(a, m, r):
    # depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 152
    #    175            RESUME                   0
    #   
    #    176            LOAD_FAST_BORROW         0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       94 (to L7)
    #                   NOT_TAKEN
    #   
    #    177            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    178            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              4 (TypeError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    179            LOAD_FAST_BORROW         1 (m)
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    180            LOAD_FAST_BORROW         2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   POP_TOP
    #   
    #    181            NOP
    #   
    #    179    L4:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    178    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    177    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #    183    L7:     LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #    179    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L9)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L12)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    179   L12:     NOP
    #   
    #    178   L13:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L18)
    #          L14:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L15)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L15:     POP_TOP
    #          L16:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L18)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    182   L18:     LOAD_GLOBAL              6 (log)
    #                   LOAD_ATTR                9 (append + NULL|self)
    #                   LOAD_CONST               1 ('second')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    177   L19:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    183            LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #    177   L20:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L21)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L21:     POP_TOP
    #          L22:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    183            LOAD_CONST               2 ('end')
    #                   RETURN_VALUE
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L20 [2] lasti
    #     L2 to L3 -> L14 [4] lasti
    #     L3 to L4 -> L8 [6] lasti
    #     L4 to L5 -> L14 [4] lasti
    #     L5 to L6 -> L20 [2] lasti
    #     L8 to L10 -> L11 [8] lasti
    #     L10 to L12 -> L14 [4] lasti
    #     L13 to L14 -> L20 [2] lasti
    #     L14 to L16 -> L17 [6] lasti
    #     L16 to L19 -> L20 [2] lasti
    #     L20 to L22 -> L23 [4] lasti
    raise RuntimeError("depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 152")


def check():
    for f, args, want, logged in [(while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (four_withs_const, lambda: (0, Manager(), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)])]:
        log.clear()
        got = run(f, args())
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
