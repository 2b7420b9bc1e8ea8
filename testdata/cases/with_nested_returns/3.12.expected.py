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
    if a:
        with Manager(KeyError):
            with Manager(TypeError), Manager(ValueError), m:
                r()
                return 3
            log.append('second')
        return 'end'
    else:
        return 'end'


def three_withs_then_log_in_if(a, m, r):
    if a:
        with Manager(KeyError):
            with Manager(TypeError), m:
                r()
                return 3
            log.append('second')
        return 'end'
    else:
        return 'end'


def three_withs_then_log(a, m, r):
    with Manager(KeyError):
        with Manager(TypeError), m:
            r()
            return 3
        log.append('second')
    return 'end'


def three_withs_log_after_innermost(a, m, r):
    with Manager(KeyError), Manager(TypeError):
        with m:
            r()
            return 3
        log.append('inner')
    return 'end'


def for_three_withs_then_log(a, m, r):
    for x in a:
        with Manager(KeyError):
            with Manager(TypeError), m:
                r()
                return 3
            log.append('second')
    return 'end'


def three_withs_log_at_two_levels(a, m, r):
    # depyf: could not decompile three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 92
    #   218           0 RESUME                   0
    #   
    #   220           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_IF_FALSE       68 (to 142)
    #   
    #   221           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                16 LOAD_GLOBAL              2 (KeyError)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   222          38 LOAD_GLOBAL              1 (NULL + Manager)
    #                48 LOAD_GLOBAL              4 (TypeError)
    #                58 CALL                     1
    #                66 BEFORE_WITH
    #                68 POP_TOP
    #   
    #   223          70 LOAD_FAST                1 (m)
    #                72 BEFORE_WITH
    #                74 POP_TOP
    #   
    #   224          76 PUSH_NULL
    #                78 LOAD_FAST                2 (r)
    #                80 CALL                     0
    #                88 POP_TOP
    #   
    #   225          90 NOP
    #   
    #   223          92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 CALL                     2
    #               106 POP_TOP
    #   
    #   222         108 LOAD_CONST               0 (None)
    #               110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 CALL                     2
    #               122 POP_TOP
    #   
    #   221         124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 CALL                     2
    #               138 POP_TOP
    #               140 RETURN_CONST             1 (3)
    #   
    #   228     >>  142 RETURN_CONST             4 ('end')
    #   
    #   223     >>  144 PUSH_EXC_INFO
    #               146 WITH_EXCEPT_START
    #               148 POP_JUMP_IF_TRUE         1 (to 152)
    #               150 RERAISE                  2
    #           >>  152 POP_TOP
    #               154 POP_EXCEPT
    #               156 POP_TOP
    #               158 POP_TOP
    #               160 JUMP_FORWARD             3 (to 168)
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #   
    #   226     >>  168 LOAD_GLOBAL              6 (log)
    #               178 LOAD_ATTR                9 (NULL|self + append)
    #               198 LOAD_CONST               2 ('inner')
    #               200 CALL                     1
    #               208 POP_TOP
    #   
    #   222         210 LOAD_CONST               0 (None)
    #               212 LOAD_CONST               0 (None)
    #               214 LOAD_CONST               0 (None)
    #               216 CALL                     2
    #               224 POP_TOP
    #               226 JUMP_FORWARD            12 (to 252)
    #           >>  228 PUSH_EXC_INFO
    #               230 WITH_EXCEPT_START
    #               232 POP_JUMP_IF_TRUE         1 (to 236)
    #               234 RERAISE                  2
    #           >>  236 POP_TOP
    #               238 POP_EXCEPT
    #               240 POP_TOP
    #               242 POP_TOP
    #               244 JUMP_FORWARD             3 (to 252)
    #           >>  246 COPY                     3
    #               248 POP_EXCEPT
    #               250 RERAISE                  1
    #   
    #   227     >>  252 LOAD_GLOBAL              6 (log)
    #               262 LOAD_ATTR                9 (NULL|self + append)
    #               282 LOAD_CONST               3 ('second')
    #               284 CALL                     1
    #               292 POP_TOP
    #   
    #   221         294 LOAD_CONST               0 (None)
    #               296 LOAD_CONST               0 (None)
    #               298 LOAD_CONST               0 (None)
    #               300 CALL                     2
    #               308 POP_TOP
    #   
    #   228         310 RETURN_CONST             4 ('end')
    #   
    #   221     >>  312 PUSH_EXC_INFO
    #               314 WITH_EXCEPT_START
    #               316 POP_JUMP_IF_TRUE         1 (to 320)
    #               318 RERAISE                  2
    #           >>  320 POP_TOP
    #               322 POP_EXCEPT
    #               324 POP_TOP
    #               326 POP_TOP
    #   
    #   228         328 RETURN_CONST             4 ('end')
    #           >>  330 COPY                     3
    #               332 POP_EXCEPT
    #               334 RERAISE                  1
    #   ExceptionTable:
    #     36 to 66 -> 312 [1] lasti
    #     68 to 72 -> 228 [2] lasti
    #     74 to 90 -> 144 [3] lasti
    #     92 to 106 -> 228 [2] lasti
    #     108 to 122 -> 312 [1] lasti
    #     144 to 152 -> 162 [5] lasti
    #     154 to 208 -> 228 [2] lasti
    #     210 to 226 -> 312 [1] lasti
    #     228 to 236 -> 246 [4] lasti
    #     238 to 292 -> 312 [1] lasti
    #     312 to 320 -> 330 [3] lasti
    raise RuntimeError("depyf: could not decompile three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 92")


def nested_with_then_return_const(a, m, r):
    # depyf: could not decompile nested_with_then_return_const: a return after a nested with, past the enclosing exit call at 114
    #   231           0 RESUME                   0
    #   
    #   234           2 LOAD_GLOBAL              1 (NULL + Manager)
    #                12 LOAD_GLOBAL              2 (KeyError)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 POP_TOP
    #   
    #   235          34 LOAD_FAST                1 (m)
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   236          40 PUSH_NULL
    #                42 LOAD_FAST                2 (r)
    #                44 CALL                     0
    #                52 POP_TOP
    #   
    #   237          54 NOP
    #   
    #   235          56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 LOAD_CONST               0 (None)
    #                62 CALL                     2
    #                70 POP_TOP
    #   
    #   234          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 CALL                     2
    #                86 POP_TOP
    #                88 RETURN_CONST             1 (3)
    #   
    #   235     >>   90 PUSH_EXC_INFO
    #                92 WITH_EXCEPT_START
    #                94 POP_JUMP_IF_TRUE         1 (to 98)
    #                96 RERAISE                  2
    #           >>   98 POP_TOP
    #               100 POP_EXCEPT
    #               102 POP_TOP
    #               104 POP_TOP
    #               106 JUMP_FORWARD             3 (to 114)
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #   
    #   238     >>  114 NOP
    #   
    #   234         116 LOAD_CONST               0 (None)
    #               118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 CALL                     2
    #               130 POP_TOP
    #               132 RETURN_CONST             2 (5)
    #           >>  134 PUSH_EXC_INFO
    #               136 WITH_EXCEPT_START
    #               138 POP_JUMP_IF_TRUE         1 (to 142)
    #               140 RERAISE                  2
    #           >>  142 POP_TOP
    #               144 POP_EXCEPT
    #               146 POP_TOP
    #               148 POP_TOP
    #               150 RETURN_CONST             0 (None)
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   ExceptionTable:
    #     32 to 36 -> 134 [1] lasti
    #     38 to 54 -> 90 [2] lasti
    #     56 to 70 -> 134 [1] lasti
    #     90 to 98 -> 108 [4] lasti
    #     100 to 114 -> 134 [1] lasti
    #     134 to 142 -> 152 [3] lasti
    raise RuntimeError('depyf: could not decompile nested_with_then_return_const: a return after a nested with, past the enclosing exit call at 114')


def check():
    for f, args, want, logged in (while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (four_withs_const, lambda: (0, Manager(), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([], Manager(), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(IndexError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(IndexError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 5, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None)]):
        log.clear()
        got = run(f, args())
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
