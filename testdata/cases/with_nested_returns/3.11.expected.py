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
    except TypeError as e:
        with Manager(KeyError), m:
            r()
            return 8
        log.append('clause')
    return 'end'


def four_withs_const(a, m, r):
    # depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 160
    #   163           0 RESUME                   0
    #   
    #   164           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_FORWARD_IF_FALSE   230 (to 466)
    #   
    #   165           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   166          48 LOAD_GLOBAL              1 (NULL + Manager)
    #                60 LOAD_GLOBAL              4 (TypeError)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #   
    #   167          90 LOAD_GLOBAL              1 (NULL + Manager)
    #               102 LOAD_GLOBAL              6 (ValueError)
    #               114 PRECALL                  1
    #               118 CALL                     1
    #               128 BEFORE_WITH
    #               130 POP_TOP
    #   
    #   168         132 LOAD_FAST                1 (m)
    #               134 BEFORE_WITH
    #               136 POP_TOP
    #   
    #   169         138 PUSH_NULL
    #               140 LOAD_FAST                2 (r)
    #               142 PRECALL                  0
    #               146 CALL                     0
    #               156 POP_TOP
    #   
    #   170         158 NOP
    #   
    #   168         160 LOAD_CONST               0 (None)
    #               162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 PRECALL                  2
    #               170 CALL                     2
    #               180 POP_TOP
    #   
    #   167         182 LOAD_CONST               0 (None)
    #               184 LOAD_CONST               0 (None)
    #               186 LOAD_CONST               0 (None)
    #               188 PRECALL                  2
    #               192 CALL                     2
    #               202 POP_TOP
    #   
    #   166         204 LOAD_CONST               0 (None)
    #               206 LOAD_CONST               0 (None)
    #               208 LOAD_CONST               0 (None)
    #               210 PRECALL                  2
    #               214 CALL                     2
    #               224 POP_TOP
    #   
    #   165         226 LOAD_CONST               0 (None)
    #               228 LOAD_CONST               0 (None)
    #               230 LOAD_CONST               0 (None)
    #               232 PRECALL                  2
    #               236 CALL                     2
    #               246 POP_TOP
    #               248 LOAD_CONST               1 (3)
    #               250 RETURN_VALUE
    #   
    #   168     >>  252 PUSH_EXC_INFO
    #               254 WITH_EXCEPT_START
    #               256 POP_JUMP_FORWARD_IF_TRUE     4 (to 266)
    #               258 RERAISE                  2
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #           >>  266 POP_TOP
    #               268 POP_EXCEPT
    #               270 POP_TOP
    #               272 POP_TOP
    #               274 NOP
    #   
    #   167         276 LOAD_CONST               0 (None)
    #               278 LOAD_CONST               0 (None)
    #               280 LOAD_CONST               0 (None)
    #               282 PRECALL                  2
    #               286 CALL                     2
    #               296 POP_TOP
    #               298 JUMP_FORWARD            11 (to 322)
    #           >>  300 PUSH_EXC_INFO
    #               302 WITH_EXCEPT_START
    #               304 POP_JUMP_FORWARD_IF_TRUE     4 (to 314)
    #               306 RERAISE                  2
    #           >>  308 COPY                     3
    #               310 POP_EXCEPT
    #               312 RERAISE                  1
    #           >>  314 POP_TOP
    #               316 POP_EXCEPT
    #               318 POP_TOP
    #               320 POP_TOP
    #   
    #   166     >>  322 LOAD_CONST               0 (None)
    #               324 LOAD_CONST               0 (None)
    #               326 LOAD_CONST               0 (None)
    #               328 PRECALL                  2
    #               332 CALL                     2
    #               342 POP_TOP
    #               344 JUMP_FORWARD            11 (to 368)
    #           >>  346 PUSH_EXC_INFO
    #               348 WITH_EXCEPT_START
    #               350 POP_JUMP_FORWARD_IF_TRUE     4 (to 360)
    #               352 RERAISE                  2
    #           >>  354 COPY                     3
    #               356 POP_EXCEPT
    #               358 RERAISE                  1
    #           >>  360 POP_TOP
    #               362 POP_EXCEPT
    #               364 POP_TOP
    #               366 POP_TOP
    #   
    #   171     >>  368 LOAD_GLOBAL              8 (log)
    #               380 LOAD_METHOD              5 (append)
    #               402 LOAD_CONST               2 ('second')
    #               404 PRECALL                  1
    #               408 CALL                     1
    #               418 POP_TOP
    #   
    #   165         420 LOAD_CONST               0 (None)
    #               422 LOAD_CONST               0 (None)
    #               424 LOAD_CONST               0 (None)
    #               426 PRECALL                  2
    #               430 CALL                     2
    #               440 POP_TOP
    #               442 JUMP_FORWARD            11 (to 466)
    #           >>  444 PUSH_EXC_INFO
    #               446 WITH_EXCEPT_START
    #               448 POP_JUMP_FORWARD_IF_TRUE     4 (to 458)
    #               450 RERAISE                  2
    #           >>  452 COPY                     3
    #               454 POP_EXCEPT
    #               456 RERAISE                  1
    #           >>  458 POP_TOP
    #               460 POP_EXCEPT
    #               462 POP_TOP
    #               464 POP_TOP
    #   
    #   172     >>  466 LOAD_CONST               3 ('end')
    #               468 RETURN_VALUE
    #   ExceptionTable:
    #     46 to 86 -> 444 [1] lasti
    #     88 to 128 -> 346 [2] lasti
    #     130 to 134 -> 300 [3] lasti
    #     136 to 158 -> 252 [4] lasti
    #     160 to 180 -> 300 [3] lasti
    #     182 to 202 -> 346 [2] lasti
    #     204 to 224 -> 444 [1] lasti
    #     252 to 258 -> 260 [6] lasti
    #     260 to 264 -> 300 [3] lasti
    #     266 to 266 -> 260 [6] lasti
    #     268 to 272 -> 300 [3] lasti
    #     276 to 298 -> 346 [2] lasti
    #     300 to 306 -> 308 [5] lasti
    #     308 to 312 -> 346 [2] lasti
    #     314 to 314 -> 308 [5] lasti
    #     316 to 320 -> 346 [2] lasti
    #     322 to 344 -> 444 [1] lasti
    #     346 to 352 -> 354 [4] lasti
    #     354 to 358 -> 444 [1] lasti
    #     360 to 360 -> 354 [4] lasti
    #     362 to 418 -> 444 [1] lasti
    #     444 to 450 -> 452 [3] lasti
    #     458 to 458 -> 452 [3] lasti
    raise RuntimeError("depyf: could not decompile four_withs_const: a with's suppressing path and its normal exit go on apart at 160")


def three_withs_then_log_in_if(a, m, r):
    # depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 118
    #   175           0 RESUME                   0
    #   
    #   176           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_FORWARD_IF_FALSE   175 (to 356)
    #   
    #   177           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   178          48 LOAD_GLOBAL              1 (NULL + Manager)
    #                60 LOAD_GLOBAL              4 (TypeError)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #   
    #   179          90 LOAD_FAST                1 (m)
    #                92 BEFORE_WITH
    #                94 POP_TOP
    #   
    #   180          96 PUSH_NULL
    #                98 LOAD_FAST                2 (r)
    #               100 PRECALL                  0
    #               104 CALL                     0
    #               114 POP_TOP
    #   
    #   181         116 NOP
    #   
    #   179         118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 PRECALL                  2
    #               128 CALL                     2
    #               138 POP_TOP
    #   
    #   178         140 LOAD_CONST               0 (None)
    #               142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 PRECALL                  2
    #               150 CALL                     2
    #               160 POP_TOP
    #   
    #   177         162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 PRECALL                  2
    #               172 CALL                     2
    #               182 POP_TOP
    #               184 LOAD_CONST               1 (3)
    #               186 RETURN_VALUE
    #   
    #   179     >>  188 PUSH_EXC_INFO
    #               190 WITH_EXCEPT_START
    #               192 POP_JUMP_FORWARD_IF_TRUE     4 (to 202)
    #               194 RERAISE                  2
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #           >>  202 POP_TOP
    #               204 POP_EXCEPT
    #               206 POP_TOP
    #               208 POP_TOP
    #               210 NOP
    #   
    #   178         212 LOAD_CONST               0 (None)
    #               214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 PRECALL                  2
    #               222 CALL                     2
    #               232 POP_TOP
    #               234 JUMP_FORWARD            11 (to 258)
    #           >>  236 PUSH_EXC_INFO
    #               238 WITH_EXCEPT_START
    #               240 POP_JUMP_FORWARD_IF_TRUE     4 (to 250)
    #               242 RERAISE                  2
    #           >>  244 COPY                     3
    #               246 POP_EXCEPT
    #               248 RERAISE                  1
    #           >>  250 POP_TOP
    #               252 POP_EXCEPT
    #               254 POP_TOP
    #               256 POP_TOP
    #   
    #   182     >>  258 LOAD_GLOBAL              6 (log)
    #               270 LOAD_METHOD              4 (append)
    #               292 LOAD_CONST               2 ('second')
    #               294 PRECALL                  1
    #               298 CALL                     1
    #               308 POP_TOP
    #   
    #   177         310 LOAD_CONST               0 (None)
    #               312 LOAD_CONST               0 (None)
    #               314 LOAD_CONST               0 (None)
    #               316 PRECALL                  2
    #               320 CALL                     2
    #               330 POP_TOP
    #               332 JUMP_FORWARD            11 (to 356)
    #           >>  334 PUSH_EXC_INFO
    #               336 WITH_EXCEPT_START
    #               338 POP_JUMP_FORWARD_IF_TRUE     4 (to 348)
    #               340 RERAISE                  2
    #           >>  342 COPY                     3
    #               344 POP_EXCEPT
    #               346 RERAISE                  1
    #           >>  348 POP_TOP
    #               350 POP_EXCEPT
    #               352 POP_TOP
    #               354 POP_TOP
    #   
    #   183     >>  356 LOAD_CONST               3 ('end')
    #               358 RETURN_VALUE
    #   ExceptionTable:
    #     46 to 86 -> 334 [1] lasti
    #     88 to 92 -> 236 [2] lasti
    #     94 to 116 -> 188 [3] lasti
    #     118 to 138 -> 236 [2] lasti
    #     140 to 160 -> 334 [1] lasti
    #     188 to 194 -> 196 [5] lasti
    #     196 to 200 -> 236 [2] lasti
    #     202 to 202 -> 196 [5] lasti
    #     204 to 208 -> 236 [2] lasti
    #     212 to 234 -> 334 [1] lasti
    #     236 to 242 -> 244 [4] lasti
    #     244 to 248 -> 334 [1] lasti
    #     250 to 250 -> 244 [4] lasti
    #     252 to 308 -> 334 [1] lasti
    #     334 to 340 -> 342 [3] lasti
    #     348 to 348 -> 342 [3] lasti
    raise RuntimeError("depyf: could not decompile three_withs_then_log_in_if: a with's suppressing path and its normal exit go on apart at 118")


def check():
    for f, args, want, logged in (while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (four_withs_const, lambda: (0, Manager(), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]):
        log.clear()
        got = run(f, args())
        assert got is FELL or (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
