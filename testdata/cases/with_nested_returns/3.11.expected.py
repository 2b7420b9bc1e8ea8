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
    if a:
        with Manager(KeyError):
            with Manager(TypeError), Manager(ValueError), m:
                r()
                return 3
            log.append('second')
    return 'end'


def three_withs_then_log_in_if(a, m, r):
    if a:
        with Manager(KeyError):
            with Manager(TypeError), m:
                r()
                return 3
            log.append('second')
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
    # depyf: could not decompile three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 118
    #   218           0 RESUME                   0
    #   
    #   220           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_FORWARD_IF_FALSE   200 (to 406)
    #   
    #   221           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   222          48 LOAD_GLOBAL              1 (NULL + Manager)
    #                60 LOAD_GLOBAL              4 (TypeError)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #   
    #   223          90 LOAD_FAST                1 (m)
    #                92 BEFORE_WITH
    #                94 POP_TOP
    #   
    #   224          96 PUSH_NULL
    #                98 LOAD_FAST                2 (r)
    #               100 PRECALL                  0
    #               104 CALL                     0
    #               114 POP_TOP
    #   
    #   225         116 NOP
    #   
    #   223         118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 PRECALL                  2
    #               128 CALL                     2
    #               138 POP_TOP
    #   
    #   222         140 LOAD_CONST               0 (None)
    #               142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 PRECALL                  2
    #               150 CALL                     2
    #               160 POP_TOP
    #   
    #   221         162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 PRECALL                  2
    #               172 CALL                     2
    #               182 POP_TOP
    #               184 LOAD_CONST               1 (3)
    #               186 RETURN_VALUE
    #   
    #   223     >>  188 PUSH_EXC_INFO
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
    #   
    #   226         210 LOAD_GLOBAL              6 (log)
    #               222 LOAD_METHOD              4 (append)
    #               244 LOAD_CONST               2 ('inner')
    #               246 PRECALL                  1
    #               250 CALL                     1
    #               260 POP_TOP
    #   
    #   222         262 LOAD_CONST               0 (None)
    #               264 LOAD_CONST               0 (None)
    #               266 LOAD_CONST               0 (None)
    #               268 PRECALL                  2
    #               272 CALL                     2
    #               282 POP_TOP
    #               284 JUMP_FORWARD            11 (to 308)
    #           >>  286 PUSH_EXC_INFO
    #               288 WITH_EXCEPT_START
    #               290 POP_JUMP_FORWARD_IF_TRUE     4 (to 300)
    #               292 RERAISE                  2
    #           >>  294 COPY                     3
    #               296 POP_EXCEPT
    #               298 RERAISE                  1
    #           >>  300 POP_TOP
    #               302 POP_EXCEPT
    #               304 POP_TOP
    #               306 POP_TOP
    #   
    #   227     >>  308 LOAD_GLOBAL              6 (log)
    #               320 LOAD_METHOD              4 (append)
    #               342 LOAD_CONST               3 ('second')
    #               344 PRECALL                  1
    #               348 CALL                     1
    #               358 POP_TOP
    #   
    #   221         360 LOAD_CONST               0 (None)
    #               362 LOAD_CONST               0 (None)
    #               364 LOAD_CONST               0 (None)
    #               366 PRECALL                  2
    #               370 CALL                     2
    #               380 POP_TOP
    #               382 JUMP_FORWARD            11 (to 406)
    #           >>  384 PUSH_EXC_INFO
    #               386 WITH_EXCEPT_START
    #               388 POP_JUMP_FORWARD_IF_TRUE     4 (to 398)
    #               390 RERAISE                  2
    #           >>  392 COPY                     3
    #               394 POP_EXCEPT
    #               396 RERAISE                  1
    #           >>  398 POP_TOP
    #               400 POP_EXCEPT
    #               402 POP_TOP
    #               404 POP_TOP
    #   
    #   228     >>  406 LOAD_CONST               4 ('end')
    #               408 RETURN_VALUE
    #   ExceptionTable:
    #     46 to 86 -> 384 [1] lasti
    #     88 to 92 -> 286 [2] lasti
    #     94 to 116 -> 188 [3] lasti
    #     118 to 138 -> 286 [2] lasti
    #     140 to 160 -> 384 [1] lasti
    #     188 to 194 -> 196 [5] lasti
    #     196 to 200 -> 286 [2] lasti
    #     202 to 202 -> 196 [5] lasti
    #     204 to 260 -> 286 [2] lasti
    #     262 to 284 -> 384 [1] lasti
    #     286 to 292 -> 294 [4] lasti
    #     294 to 298 -> 384 [1] lasti
    #     300 to 300 -> 294 [4] lasti
    #     302 to 358 -> 384 [1] lasti
    #     384 to 390 -> 392 [3] lasti
    #     398 to 398 -> 392 [3] lasti
    raise RuntimeError("depyf: could not decompile three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 118")


def four_withs_log_at_three_levels(m, r):
    # depyf: could not decompile four_withs_log_at_three_levels: a with's suppressing path and its normal exit go on apart at 156
    #   231           0 RESUME                   0
    #   
    #   232           2 LOAD_GLOBAL              1 (NULL + Manager)
    #                14 LOAD_GLOBAL              2 (KeyError)
    #                26 PRECALL                  1
    #                30 CALL                     1
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #   233          44 LOAD_GLOBAL              1 (NULL + Manager)
    #                56 LOAD_GLOBAL              4 (TypeError)
    #                68 PRECALL                  1
    #                72 CALL                     1
    #                82 BEFORE_WITH
    #                84 POP_TOP
    #   
    #   234          86 LOAD_GLOBAL              1 (NULL + Manager)
    #                98 LOAD_GLOBAL              6 (IndexError)
    #               110 PRECALL                  1
    #               114 CALL                     1
    #               124 BEFORE_WITH
    #               126 POP_TOP
    #   
    #   235         128 LOAD_FAST                0 (m)
    #               130 BEFORE_WITH
    #               132 POP_TOP
    #   
    #   236         134 PUSH_NULL
    #               136 LOAD_FAST                1 (r)
    #               138 PRECALL                  0
    #               142 CALL                     0
    #               152 POP_TOP
    #   
    #   237         154 NOP
    #   
    #   235         156 LOAD_CONST               0 (None)
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 PRECALL                  2
    #               166 CALL                     2
    #               176 POP_TOP
    #   
    #   234         178 LOAD_CONST               0 (None)
    #               180 LOAD_CONST               0 (None)
    #               182 LOAD_CONST               0 (None)
    #               184 PRECALL                  2
    #               188 CALL                     2
    #               198 POP_TOP
    #   
    #   233         200 LOAD_CONST               0 (None)
    #               202 LOAD_CONST               0 (None)
    #               204 LOAD_CONST               0 (None)
    #               206 PRECALL                  2
    #               210 CALL                     2
    #               220 POP_TOP
    #   
    #   232         222 LOAD_CONST               0 (None)
    #               224 LOAD_CONST               0 (None)
    #               226 LOAD_CONST               0 (None)
    #               228 PRECALL                  2
    #               232 CALL                     2
    #               242 POP_TOP
    #               244 LOAD_CONST               1 (3)
    #               246 RETURN_VALUE
    #   
    #   235     >>  248 PUSH_EXC_INFO
    #               250 WITH_EXCEPT_START
    #               252 POP_JUMP_FORWARD_IF_TRUE     4 (to 262)
    #               254 RERAISE                  2
    #           >>  256 COPY                     3
    #               258 POP_EXCEPT
    #               260 RERAISE                  1
    #           >>  262 POP_TOP
    #               264 POP_EXCEPT
    #               266 POP_TOP
    #               268 POP_TOP
    #   
    #   238         270 LOAD_GLOBAL              8 (log)
    #               282 LOAD_METHOD              5 (append)
    #               304 LOAD_CONST               2 ('inner')
    #               306 PRECALL                  1
    #               310 CALL                     1
    #               320 POP_TOP
    #   
    #   234         322 LOAD_CONST               0 (None)
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
    #   239     >>  368 LOAD_GLOBAL              8 (log)
    #               380 LOAD_METHOD              5 (append)
    #               402 LOAD_CONST               3 ('second')
    #               404 PRECALL                  1
    #               408 CALL                     1
    #               418 POP_TOP
    #   
    #   233         420 LOAD_CONST               0 (None)
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
    #   240     >>  466 LOAD_GLOBAL              8 (log)
    #               478 LOAD_METHOD              5 (append)
    #               500 LOAD_CONST               4 ('third')
    #               502 PRECALL                  1
    #               506 CALL                     1
    #               516 POP_TOP
    #   
    #   232         518 LOAD_CONST               0 (None)
    #               520 LOAD_CONST               0 (None)
    #               522 LOAD_CONST               0 (None)
    #               524 PRECALL                  2
    #               528 CALL                     2
    #               538 POP_TOP
    #               540 JUMP_FORWARD            11 (to 564)
    #           >>  542 PUSH_EXC_INFO
    #               544 WITH_EXCEPT_START
    #               546 POP_JUMP_FORWARD_IF_TRUE     4 (to 556)
    #               548 RERAISE                  2
    #           >>  550 COPY                     3
    #               552 POP_EXCEPT
    #               554 RERAISE                  1
    #           >>  556 POP_TOP
    #               558 POP_EXCEPT
    #               560 POP_TOP
    #               562 POP_TOP
    #   
    #   241     >>  564 LOAD_CONST               5 ('end')
    #               566 RETURN_VALUE
    #   ExceptionTable:
    #     42 to 82 -> 542 [1] lasti
    #     84 to 124 -> 444 [2] lasti
    #     126 to 130 -> 346 [3] lasti
    #     132 to 154 -> 248 [4] lasti
    #     156 to 176 -> 346 [3] lasti
    #     178 to 198 -> 444 [2] lasti
    #     200 to 220 -> 542 [1] lasti
    #     248 to 254 -> 256 [6] lasti
    #     256 to 260 -> 346 [3] lasti
    #     262 to 262 -> 256 [6] lasti
    #     264 to 320 -> 346 [3] lasti
    #     322 to 344 -> 444 [2] lasti
    #     346 to 352 -> 354 [5] lasti
    #     354 to 358 -> 444 [2] lasti
    #     360 to 360 -> 354 [5] lasti
    #     362 to 418 -> 444 [2] lasti
    #     420 to 442 -> 542 [1] lasti
    #     444 to 450 -> 452 [4] lasti
    #     452 to 456 -> 542 [1] lasti
    #     458 to 458 -> 452 [4] lasti
    #     460 to 516 -> 542 [1] lasti
    #     542 to 548 -> 550 [3] lasti
    #     556 to 556 -> 550 [3] lasti
    raise RuntimeError("depyf: could not decompile four_withs_log_at_three_levels: a with's suppressing path and its normal exit go on apart at 156")


def three_withs_log_at_two_levels_falling_off(m, r):
    # depyf: could not decompile three_withs_log_at_two_levels_falling_off: a with's suppressing path and its normal exit go on apart at 114
    #   244           0 RESUME                   0
    #   
    #   245           2 LOAD_GLOBAL              1 (NULL + Manager)
    #                14 LOAD_GLOBAL              2 (KeyError)
    #                26 PRECALL                  1
    #                30 CALL                     1
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #   246          44 LOAD_GLOBAL              1 (NULL + Manager)
    #                56 LOAD_GLOBAL              4 (TypeError)
    #                68 PRECALL                  1
    #                72 CALL                     1
    #                82 BEFORE_WITH
    #                84 POP_TOP
    #   
    #   247          86 LOAD_FAST                0 (m)
    #                88 BEFORE_WITH
    #                90 POP_TOP
    #   
    #   248          92 PUSH_NULL
    #                94 LOAD_FAST                1 (r)
    #                96 PRECALL                  0
    #               100 CALL                     0
    #               110 POP_TOP
    #   
    #   249         112 NOP
    #   
    #   247         114 LOAD_CONST               0 (None)
    #               116 LOAD_CONST               0 (None)
    #               118 LOAD_CONST               0 (None)
    #               120 PRECALL                  2
    #               124 CALL                     2
    #               134 POP_TOP
    #   
    #   246         136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 PRECALL                  2
    #               146 CALL                     2
    #               156 POP_TOP
    #   
    #   245         158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 LOAD_CONST               0 (None)
    #               164 PRECALL                  2
    #               168 CALL                     2
    #               178 POP_TOP
    #               180 LOAD_CONST               1 (3)
    #               182 RETURN_VALUE
    #   
    #   247     >>  184 PUSH_EXC_INFO
    #               186 WITH_EXCEPT_START
    #               188 POP_JUMP_FORWARD_IF_TRUE     4 (to 198)
    #               190 RERAISE                  2
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #           >>  198 POP_TOP
    #               200 POP_EXCEPT
    #               202 POP_TOP
    #               204 POP_TOP
    #   
    #   250         206 LOAD_GLOBAL              6 (log)
    #               218 LOAD_METHOD              4 (append)
    #               240 LOAD_CONST               2 ('inner')
    #               242 PRECALL                  1
    #               246 CALL                     1
    #               256 POP_TOP
    #   
    #   246         258 LOAD_CONST               0 (None)
    #               260 LOAD_CONST               0 (None)
    #               262 LOAD_CONST               0 (None)
    #               264 PRECALL                  2
    #               268 CALL                     2
    #               278 POP_TOP
    #               280 JUMP_FORWARD            11 (to 304)
    #           >>  282 PUSH_EXC_INFO
    #               284 WITH_EXCEPT_START
    #               286 POP_JUMP_FORWARD_IF_TRUE     4 (to 296)
    #               288 RERAISE                  2
    #           >>  290 COPY                     3
    #               292 POP_EXCEPT
    #               294 RERAISE                  1
    #           >>  296 POP_TOP
    #               298 POP_EXCEPT
    #               300 POP_TOP
    #               302 POP_TOP
    #   
    #   251     >>  304 LOAD_GLOBAL              6 (log)
    #               316 LOAD_METHOD              4 (append)
    #               338 LOAD_CONST               3 ('second')
    #               340 PRECALL                  1
    #               344 CALL                     1
    #               354 POP_TOP
    #   
    #   245         356 LOAD_CONST               0 (None)
    #               358 LOAD_CONST               0 (None)
    #               360 LOAD_CONST               0 (None)
    #               362 PRECALL                  2
    #               366 CALL                     2
    #               376 POP_TOP
    #               378 LOAD_CONST               0 (None)
    #               380 RETURN_VALUE
    #           >>  382 PUSH_EXC_INFO
    #               384 WITH_EXCEPT_START
    #               386 POP_JUMP_FORWARD_IF_TRUE     4 (to 396)
    #               388 RERAISE                  2
    #           >>  390 COPY                     3
    #               392 POP_EXCEPT
    #               394 RERAISE                  1
    #           >>  396 POP_TOP
    #               398 POP_EXCEPT
    #               400 POP_TOP
    #               402 POP_TOP
    #               404 LOAD_CONST               0 (None)
    #               406 RETURN_VALUE
    #   ExceptionTable:
    #     42 to 82 -> 382 [1] lasti
    #     84 to 88 -> 282 [2] lasti
    #     90 to 112 -> 184 [3] lasti
    #     114 to 134 -> 282 [2] lasti
    #     136 to 156 -> 382 [1] lasti
    #     184 to 190 -> 192 [5] lasti
    #     192 to 196 -> 282 [2] lasti
    #     198 to 198 -> 192 [5] lasti
    #     200 to 256 -> 282 [2] lasti
    #     258 to 280 -> 382 [1] lasti
    #     282 to 288 -> 290 [4] lasti
    #     290 to 294 -> 382 [1] lasti
    #     296 to 296 -> 290 [4] lasti
    #     298 to 354 -> 382 [1] lasti
    #     382 to 388 -> 390 [3] lasti
    #     396 to 396 -> 390 [3] lasti
    raise RuntimeError("depyf: could not decompile three_withs_log_at_two_levels_falling_off: a with's suppressing path and its normal exit go on apart at 114")


def for_three_withs_log_at_two_levels(items, m, r):
    # depyf: could not decompile for_three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 122
    #   254           0 RESUME                   0
    #   
    #   255           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               203 (to 414)
    #                 8 STORE_FAST               3 (x)
    #   
    #   256          10 LOAD_GLOBAL              1 (NULL + Manager)
    #                22 LOAD_GLOBAL              2 (KeyError)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   257          52 LOAD_GLOBAL              1 (NULL + Manager)
    #                64 LOAD_GLOBAL              4 (TypeError)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 BEFORE_WITH
    #                92 POP_TOP
    #   
    #   258          94 LOAD_FAST                1 (m)
    #                96 BEFORE_WITH
    #                98 POP_TOP
    #   
    #   259         100 PUSH_NULL
    #               102 LOAD_FAST                2 (r)
    #               104 PRECALL                  0
    #               108 CALL                     0
    #               118 POP_TOP
    #   
    #   260         120 NOP
    #   
    #   258         122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 PRECALL                  2
    #               132 CALL                     2
    #               142 POP_TOP
    #   
    #   257         144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 LOAD_CONST               0 (None)
    #               150 PRECALL                  2
    #               154 CALL                     2
    #               164 POP_TOP
    #   
    #   256         166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 PRECALL                  2
    #               176 CALL                     2
    #               186 POP_TOP
    #               188 POP_TOP
    #               190 LOAD_CONST               1 (3)
    #               192 RETURN_VALUE
    #   
    #   258     >>  194 PUSH_EXC_INFO
    #               196 WITH_EXCEPT_START
    #               198 POP_JUMP_FORWARD_IF_TRUE     4 (to 208)
    #               200 RERAISE                  2
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #           >>  208 POP_TOP
    #               210 POP_EXCEPT
    #               212 POP_TOP
    #               214 POP_TOP
    #   
    #   261         216 LOAD_GLOBAL              6 (log)
    #               228 LOAD_METHOD              4 (append)
    #               250 LOAD_FAST                3 (x)
    #               252 PRECALL                  1
    #               256 CALL                     1
    #               266 POP_TOP
    #   
    #   257         268 LOAD_CONST               0 (None)
    #               270 LOAD_CONST               0 (None)
    #               272 LOAD_CONST               0 (None)
    #               274 PRECALL                  2
    #               278 CALL                     2
    #               288 POP_TOP
    #               290 JUMP_FORWARD            11 (to 314)
    #           >>  292 PUSH_EXC_INFO
    #               294 WITH_EXCEPT_START
    #               296 POP_JUMP_FORWARD_IF_TRUE     4 (to 306)
    #               298 RERAISE                  2
    #           >>  300 COPY                     3
    #               302 POP_EXCEPT
    #               304 RERAISE                  1
    #           >>  306 POP_TOP
    #               308 POP_EXCEPT
    #               310 POP_TOP
    #               312 POP_TOP
    #   
    #   262     >>  314 LOAD_GLOBAL              6 (log)
    #               326 LOAD_METHOD              4 (append)
    #               348 LOAD_CONST               2 ('second')
    #               350 PRECALL                  1
    #               354 CALL                     1
    #               364 POP_TOP
    #   
    #   256         366 LOAD_CONST               0 (None)
    #               368 LOAD_CONST               0 (None)
    #               370 LOAD_CONST               0 (None)
    #               372 PRECALL                  2
    #               376 CALL                     2
    #               386 POP_TOP
    #               388 JUMP_FORWARD            11 (to 412)
    #           >>  390 PUSH_EXC_INFO
    #               392 WITH_EXCEPT_START
    #               394 POP_JUMP_FORWARD_IF_TRUE     4 (to 404)
    #               396 RERAISE                  2
    #           >>  398 COPY                     3
    #               400 POP_EXCEPT
    #               402 RERAISE                  1
    #           >>  404 POP_TOP
    #               406 POP_EXCEPT
    #               408 POP_TOP
    #               410 POP_TOP
    #           >>  412 JUMP_BACKWARD          204 (to 6)
    #   
    #   263     >>  414 LOAD_CONST               3 ('end')
    #               416 RETURN_VALUE
    #   ExceptionTable:
    #     50 to 90 -> 390 [2] lasti
    #     92 to 96 -> 292 [3] lasti
    #     98 to 120 -> 194 [4] lasti
    #     122 to 142 -> 292 [3] lasti
    #     144 to 164 -> 390 [2] lasti
    #     194 to 200 -> 202 [6] lasti
    #     202 to 206 -> 292 [3] lasti
    #     208 to 208 -> 202 [6] lasti
    #     210 to 266 -> 292 [3] lasti
    #     268 to 290 -> 390 [2] lasti
    #     292 to 298 -> 300 [5] lasti
    #     300 to 304 -> 390 [2] lasti
    #     306 to 306 -> 300 [5] lasti
    #     308 to 364 -> 390 [2] lasti
    #     390 to 396 -> 398 [4] lasti
    #     404 to 404 -> 398 [4] lasti
    raise RuntimeError("depyf: could not decompile for_three_withs_log_at_two_levels: a with's suppressing path and its normal exit go on apart at 122")


def nested_with_then_return_const(a, m, r):
    with Manager(KeyError):
        with m:
            r()
            return 3
        return 5


def check():
    for f, args, want, logged in (while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']), (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']), (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]), (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']), (four_withs_const, lambda: (0, Manager(), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_then_log, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]), (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]), (for_three_withs_then_log, lambda: ([], Manager(), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(), raiser(IndexError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(IndexError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), quiet), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', []), (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), quiet), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []), (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []), (three_withs_log_at_two_levels, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_log_at_three_levels, lambda: (Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'second', ('exit', None), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'second', ('exit', None), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]), (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None), 'third', ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(IndexError)), None, ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 1, ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 2, ('exit', None), 'second', ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]), (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 1, ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 2, ('exit', None), 'second', ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]), (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 5, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None)]):
        log.clear()
        got = run(f, args())
        assert got is FELL or (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
