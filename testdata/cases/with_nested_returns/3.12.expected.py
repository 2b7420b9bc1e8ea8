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
    # depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 124
    #   163           0 RESUME                   0
    #   
    #   164           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_IF_FALSE       92 (to 190)
    #   
    #   165           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                16 LOAD_GLOBAL              2 (KeyError)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   166          38 LOAD_GLOBAL              1 (NULL + Manager)
    #                48 LOAD_GLOBAL              4 (TypeError)
    #                58 CALL                     1
    #                66 BEFORE_WITH
    #                68 POP_TOP
    #   
    #   167          70 LOAD_GLOBAL              1 (NULL + Manager)
    #                80 LOAD_GLOBAL              6 (ValueError)
    #                90 CALL                     1
    #                98 BEFORE_WITH
    #               100 POP_TOP
    #   
    #   168         102 LOAD_FAST                1 (m)
    #               104 BEFORE_WITH
    #               106 POP_TOP
    #   
    #   169         108 PUSH_NULL
    #               110 LOAD_FAST                2 (r)
    #               112 CALL                     0
    #               120 POP_TOP
    #   
    #   170         122 NOP
    #   
    #   168         124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 CALL                     2
    #               138 POP_TOP
    #   
    #   167         140 LOAD_CONST               0 (None)
    #               142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 CALL                     2
    #               154 POP_TOP
    #   
    #   166         156 LOAD_CONST               0 (None)
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 CALL                     2
    #               170 POP_TOP
    #   
    #   165         172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 CALL                     2
    #               186 POP_TOP
    #               188 RETURN_CONST             1 (3)
    #   
    #   172     >>  190 RETURN_CONST             3 ('end')
    #   
    #   168     >>  192 PUSH_EXC_INFO
    #               194 WITH_EXCEPT_START
    #               196 POP_JUMP_IF_TRUE         1 (to 200)
    #               198 RERAISE                  2
    #           >>  200 POP_TOP
    #               202 POP_EXCEPT
    #               204 POP_TOP
    #               206 POP_TOP
    #               208 JUMP_FORWARD             3 (to 216)
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #           >>  216 NOP
    #   
    #   167         218 LOAD_CONST               0 (None)
    #               220 LOAD_CONST               0 (None)
    #               222 LOAD_CONST               0 (None)
    #               224 CALL                     2
    #               232 POP_TOP
    #               234 JUMP_FORWARD            12 (to 260)
    #           >>  236 PUSH_EXC_INFO
    #               238 WITH_EXCEPT_START
    #               240 POP_JUMP_IF_TRUE         1 (to 244)
    #               242 RERAISE                  2
    #           >>  244 POP_TOP
    #               246 POP_EXCEPT
    #               248 POP_TOP
    #               250 POP_TOP
    #               252 JUMP_FORWARD             3 (to 260)
    #           >>  254 COPY                     3
    #               256 POP_EXCEPT
    #               258 RERAISE                  1
    #   
    #   166     >>  260 LOAD_CONST               0 (None)
    #               262 LOAD_CONST               0 (None)
    #               264 LOAD_CONST               0 (None)
    #               266 CALL                     2
    #               274 POP_TOP
    #               276 JUMP_FORWARD            12 (to 302)
    #           >>  278 PUSH_EXC_INFO
    #               280 WITH_EXCEPT_START
    #               282 POP_JUMP_IF_TRUE         1 (to 286)
    #               284 RERAISE                  2
    #           >>  286 POP_TOP
    #               288 POP_EXCEPT
    #               290 POP_TOP
    #               292 POP_TOP
    #               294 JUMP_FORWARD             3 (to 302)
    #           >>  296 COPY                     3
    #               298 POP_EXCEPT
    #               300 RERAISE                  1
    #   
    #   171     >>  302 LOAD_GLOBAL              8 (log)
    #               312 LOAD_ATTR               11 (NULL|self + append)
    #               332 LOAD_CONST               2 ('second')
    #               334 CALL                     1
    #               342 POP_TOP
    #   
    #   165         344 LOAD_CONST               0 (None)
    #               346 LOAD_CONST               0 (None)
    #               348 LOAD_CONST               0 (None)
    #               350 CALL                     2
    #               358 POP_TOP
    #   
    #   172         360 RETURN_CONST             3 ('end')
    #   
    #   165     >>  362 PUSH_EXC_INFO
    #               364 WITH_EXCEPT_START
    #               366 POP_JUMP_IF_TRUE         1 (to 370)
    #               368 RERAISE                  2
    #           >>  370 POP_TOP
    #               372 POP_EXCEPT
    #               374 POP_TOP
    #               376 POP_TOP
    #   
    #   172         378 RETURN_CONST             3 ('end')
    #           >>  380 COPY                     3
    #               382 POP_EXCEPT
    #               384 RERAISE                  1
    #   ExceptionTable:
    #     36 to 66 -> 362 [1] lasti
    #     68 to 98 -> 278 [2] lasti
    #     100 to 104 -> 236 [3] lasti
    #     106 to 122 -> 192 [4] lasti
    #     124 to 138 -> 236 [3] lasti
    #     140 to 154 -> 278 [2] lasti
    #     156 to 170 -> 362 [1] lasti
    #     192 to 200 -> 210 [6] lasti
    #     202 to 214 -> 236 [3] lasti
    #     218 to 234 -> 278 [2] lasti
    #     236 to 244 -> 254 [5] lasti
    #     246 to 258 -> 278 [2] lasti
    #     260 to 276 -> 362 [1] lasti
    #     278 to 286 -> 296 [4] lasti
    #     288 to 342 -> 362 [1] lasti
    #     362 to 370 -> 380 [3] lasti
    raise RuntimeError("depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 124")


def three_withs_then_log_in_if(a, m, r):
    # depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 92
    #   175           0 RESUME                   0
    #   
    #   176           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_IF_FALSE       68 (to 142)
    #   
    #   177           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                16 LOAD_GLOBAL              2 (KeyError)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   178          38 LOAD_GLOBAL              1 (NULL + Manager)
    #                48 LOAD_GLOBAL              4 (TypeError)
    #                58 CALL                     1
    #                66 BEFORE_WITH
    #                68 POP_TOP
    #   
    #   179          70 LOAD_FAST                1 (m)
    #                72 BEFORE_WITH
    #                74 POP_TOP
    #   
    #   180          76 PUSH_NULL
    #                78 LOAD_FAST                2 (r)
    #                80 CALL                     0
    #                88 POP_TOP
    #   
    #   181          90 NOP
    #   
    #   179          92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 CALL                     2
    #               106 POP_TOP
    #   
    #   178         108 LOAD_CONST               0 (None)
    #               110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 CALL                     2
    #               122 POP_TOP
    #   
    #   177         124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 CALL                     2
    #               138 POP_TOP
    #               140 RETURN_CONST             1 (3)
    #   
    #   183     >>  142 RETURN_CONST             3 ('end')
    #   
    #   179     >>  144 PUSH_EXC_INFO
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
    #           >>  168 NOP
    #   
    #   178         170 LOAD_CONST               0 (None)
    #               172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 CALL                     2
    #               184 POP_TOP
    #               186 JUMP_FORWARD            12 (to 212)
    #           >>  188 PUSH_EXC_INFO
    #               190 WITH_EXCEPT_START
    #               192 POP_JUMP_IF_TRUE         1 (to 196)
    #               194 RERAISE                  2
    #           >>  196 POP_TOP
    #               198 POP_EXCEPT
    #               200 POP_TOP
    #               202 POP_TOP
    #               204 JUMP_FORWARD             3 (to 212)
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #   182     >>  212 LOAD_GLOBAL              6 (log)
    #               222 LOAD_ATTR                9 (NULL|self + append)
    #               242 LOAD_CONST               2 ('second')
    #               244 CALL                     1
    #               252 POP_TOP
    #   
    #   177         254 LOAD_CONST               0 (None)
    #               256 LOAD_CONST               0 (None)
    #               258 LOAD_CONST               0 (None)
    #               260 CALL                     2
    #               268 POP_TOP
    #   
    #   183         270 RETURN_CONST             3 ('end')
    #   
    #   177     >>  272 PUSH_EXC_INFO
    #               274 WITH_EXCEPT_START
    #               276 POP_JUMP_IF_TRUE         1 (to 280)
    #               278 RERAISE                  2
    #           >>  280 POP_TOP
    #               282 POP_EXCEPT
    #               284 POP_TOP
    #               286 POP_TOP
    #   
    #   183         288 RETURN_CONST             3 ('end')
    #           >>  290 COPY                     3
    #               292 POP_EXCEPT
    #               294 RERAISE                  1
    #   ExceptionTable:
    #     36 to 66 -> 272 [1] lasti
    #     68 to 72 -> 188 [2] lasti
    #     74 to 90 -> 144 [3] lasti
    #     92 to 106 -> 188 [2] lasti
    #     108 to 122 -> 272 [1] lasti
    #     144 to 152 -> 162 [5] lasti
    #     154 to 166 -> 188 [2] lasti
    #     170 to 186 -> 272 [1] lasti
    #     188 to 196 -> 206 [4] lasti
    #     198 to 252 -> 272 [1] lasti
    #     272 to 280 -> 290 [3] lasti
    raise RuntimeError("depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 92")


def check():
    for f, args, want, logged in (while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (four_withs_const, lambda: (0, Manager(), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]):
        log.clear()
        got = run(f, args())
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
