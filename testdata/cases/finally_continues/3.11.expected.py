log = []

def take():
    got = list(log)
    log.clear()
    return got


def continue_in_try(items):
    for k in items:
        try:
            if k:
                continue
        finally:
            log.append(('fin', k))
    return 'done'

assert continue_in_try([1, 0, 2]) == 'done'
assert take() == [('fin', 1), ('fin', 0), ('fin', 2)]

def continue_then_code(items):
    for k in items:
        try:
            if k:
                continue
        finally:
            log.append(('fin', k))
        log.append(('after', k))
    return 'done'

assert continue_then_code([1, 0, 2]) == 'done'
assert take() == [('fin', 1), ('fin', 0), ('after', 0), ('fin', 2)]

def break_in_try(items):
    # depyf: could not decompile break_in_try: conditional jump out of the region at 14
    #    45           0 RESUME                   0
    #   
    #    46           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                98 (to 204)
    #                 8 STORE_FAST               1 (k)
    #   
    #    47          10 NOP
    #   
    #    48          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    31 (to 78)
    #   
    #    49          16 NOP
    #   
    #    51          18 LOAD_GLOBAL              0 (log)
    #                30 LOAD_METHOD              1 (append)
    #                52 LOAD_CONST               1 ('fin')
    #                54 LOAD_FAST                1 (k)
    #                56 BUILD_TUPLE              2
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 POP_TOP
    #                76 JUMP_FORWARD            63 (to 204)
    #   
    #    48     >>   78 NOP
    #   
    #    51          80 LOAD_GLOBAL              0 (log)
    #                92 LOAD_METHOD              1 (append)
    #               114 LOAD_CONST               1 ('fin')
    #               116 LOAD_FAST                1 (k)
    #               118 BUILD_TUPLE              2
    #               120 PRECALL                  1
    #               124 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_BACKWARD           66 (to 6)
    #           >>  138 PUSH_EXC_INFO
    #               140 LOAD_GLOBAL              0 (log)
    #               152 LOAD_METHOD              1 (append)
    #               174 LOAD_CONST               1 ('fin')
    #               176 LOAD_FAST                1 (k)
    #               178 BUILD_TUPLE              2
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #    52     >>  204 LOAD_CONST               2 ('done')
    #               206 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 14 -> 138 [1]
    #     138 to 196 -> 198 [2] lasti
    raise RuntimeError('depyf: could not decompile break_in_try: conditional jump out of the region at 14')

assert break_in_try([0, 1, 2]) == 'done'
assert take() == [('fin', 0), ('fin', 1)]

def break_then_code(items):
    # depyf: could not decompile break_then_code: conditional jump out of the region at 14
    #    59           0 RESUME                   0
    #   
    #    60           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               127 (to 262)
    #                 8 STORE_FAST               1 (k)
    #   
    #    61          10 NOP
    #   
    #    62          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    31 (to 78)
    #   
    #    63          16 NOP
    #   
    #    65          18 LOAD_GLOBAL              0 (log)
    #                30 LOAD_METHOD              1 (append)
    #                52 LOAD_CONST               1 ('fin')
    #                54 LOAD_FAST                1 (k)
    #                56 BUILD_TUPLE              2
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 POP_TOP
    #                76 JUMP_FORWARD            92 (to 262)
    #   
    #    62     >>   78 NOP
    #   
    #    65          80 LOAD_GLOBAL              0 (log)
    #                92 LOAD_METHOD              1 (append)
    #               114 LOAD_CONST               1 ('fin')
    #               116 LOAD_FAST                1 (k)
    #               118 BUILD_TUPLE              2
    #               120 PRECALL                  1
    #               124 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_FORWARD            33 (to 204)
    #           >>  138 PUSH_EXC_INFO
    #               140 LOAD_GLOBAL              0 (log)
    #               152 LOAD_METHOD              1 (append)
    #               174 LOAD_CONST               1 ('fin')
    #               176 LOAD_FAST                1 (k)
    #               178 BUILD_TUPLE              2
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #    66     >>  204 LOAD_GLOBAL              0 (log)
    #               216 LOAD_METHOD              1 (append)
    #               238 LOAD_CONST               2 ('after')
    #               240 LOAD_FAST                1 (k)
    #               242 BUILD_TUPLE              2
    #               244 PRECALL                  1
    #               248 CALL                     1
    #               258 POP_TOP
    #               260 JUMP_BACKWARD          128 (to 6)
    #   
    #    67     >>  262 LOAD_CONST               3 ('done')
    #               264 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 14 -> 138 [1]
    #     138 to 196 -> 198 [2] lasti
    raise RuntimeError('depyf: could not decompile break_then_code: conditional jump out of the region at 14')

assert break_then_code([0, 1, 2]) == 'done'
assert take() == [('fin', 0), ('after', 0), ('fin', 1)]

def continue_in_else(items):
    for k in items:
        try:
            if k:
                log.append(('then', k))
            else:
                continue
        finally:
            log.append(('fin', k))
        log.append(('after', k))
    return 'done'

assert continue_in_else([1, 0, 2]) == 'done'
assert take() == [('then', 1), ('fin', 1), ('after', 1), ('fin', 0), ('then', 2), ('fin', 2), ('after', 2)]

def while_continue(n):
    while n > 0:
        n -= 1
        try:
            if n % 2:
                continue
        finally:
            log.append(('fin', n))
        log.append(('after', n))
    return n

assert while_continue(3) == 0
assert take() == [('fin', 2), ('after', 2), ('fin', 1), ('fin', 0), ('after', 0)]

def while_break(n):
    while n > 0:
        n -= 1
        try:
            if n == 1:
                break
        finally:
            log.append(('fin', n))
    return n

assert while_break(4) == 1
assert take() == [('fin', 3), ('fin', 2), ('fin', 1)]

def two_exits(items):
    # depyf: could not decompile two_exits: conditional jump out of the region at 94
    #   122           0 RESUME                   0
    #   
    #   123           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               167 (to 342)
    #                 8 STORE_FAST               1 (k)
    #   
    #   124          10 NOP
    #   
    #   125          12 LOAD_FAST                1 (k)
    #                14 LOAD_CONST               1 (1)
    #                16 COMPARE_OP               2 (==)
    #                22 POP_JUMP_FORWARD_IF_FALSE    30 (to 84)
    #   
    #   126          24 NOP
    #   
    #   130          26 LOAD_GLOBAL              0 (log)
    #                38 LOAD_METHOD              1 (append)
    #                60 LOAD_CONST               2 ('fin')
    #                62 LOAD_FAST                1 (k)
    #                64 BUILD_TUPLE              2
    #                66 PRECALL                  1
    #                70 CALL                     1
    #                80 POP_TOP
    #                82 JUMP_BACKWARD           39 (to 6)
    #   
    #   127     >>   84 LOAD_FAST                1 (k)
    #                86 LOAD_CONST               3 (2)
    #                88 COMPARE_OP               2 (==)
    #                94 POP_JUMP_FORWARD_IF_FALSE    31 (to 158)
    #   
    #   128          96 NOP
    #   
    #   130          98 LOAD_GLOBAL              0 (log)
    #               110 LOAD_METHOD              1 (append)
    #               132 LOAD_CONST               2 ('fin')
    #               134 LOAD_FAST                1 (k)
    #               136 BUILD_TUPLE              2
    #               138 PRECALL                  1
    #               142 CALL                     1
    #               152 POP_TOP
    #               154 POP_TOP
    #               156 JUMP_FORWARD            92 (to 342)
    #   
    #   127     >>  158 NOP
    #   
    #   130         160 LOAD_GLOBAL              0 (log)
    #               172 LOAD_METHOD              1 (append)
    #               194 LOAD_CONST               2 ('fin')
    #               196 LOAD_FAST                1 (k)
    #               198 BUILD_TUPLE              2
    #               200 PRECALL                  1
    #               204 CALL                     1
    #               214 POP_TOP
    #               216 JUMP_FORWARD            33 (to 284)
    #           >>  218 PUSH_EXC_INFO
    #               220 LOAD_GLOBAL              0 (log)
    #               232 LOAD_METHOD              1 (append)
    #               254 LOAD_CONST               2 ('fin')
    #               256 LOAD_FAST                1 (k)
    #               258 BUILD_TUPLE              2
    #               260 PRECALL                  1
    #               264 CALL                     1
    #               274 POP_TOP
    #               276 RERAISE                  0
    #           >>  278 COPY                     3
    #               280 POP_EXCEPT
    #               282 RERAISE                  1
    #   
    #   131     >>  284 LOAD_GLOBAL              0 (log)
    #               296 LOAD_METHOD              1 (append)
    #               318 LOAD_CONST               4 ('after')
    #               320 LOAD_FAST                1 (k)
    #               322 BUILD_TUPLE              2
    #               324 PRECALL                  1
    #               328 CALL                     1
    #               338 POP_TOP
    #               340 JUMP_BACKWARD          168 (to 6)
    #   
    #   132     >>  342 LOAD_CONST               5 ('done')
    #               344 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 22 -> 218 [1]
    #     84 to 94 -> 218 [1]
    #     218 to 276 -> 278 [2] lasti
    raise RuntimeError('depyf: could not decompile two_exits: conditional jump out of the region at 94')

assert two_exits([0, 1, 2, 3]) == 'done'
assert take() == [('fin', 0), ('after', 0), ('fin', 1), ('fin', 2)]

def nested_loops(items):
    for j in items:
        for k in items:
            try:
                if k > j:
                    continue
            finally:
                log.append(('fin', j, k))
        log.append(('outer', j))

assert nested_loops([0, 1]) is None
assert take() == [('fin', 0, 0), ('fin', 0, 1), ('outer', 0), ('fin', 1, 0), ('fin', 1, 1), ('outer', 1)]

def else_break(items):
    # depyf: could not decompile else_break: then-branch jumps over the code after the range at 72
    #   154           0 RESUME                   0
    #   
    #   155           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               127 (to 262)
    #                 8 STORE_FAST               1 (k)
    #   
    #   156          10 NOP
    #   
    #   157          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    29 (to 74)
    #   
    #   158          16 LOAD_GLOBAL              0 (log)
    #                28 LOAD_METHOD              1 (append)
    #                50 LOAD_CONST               1 ('then')
    #                52 LOAD_FAST                1 (k)
    #                54 BUILD_TUPLE              2
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #                72 JUMP_FORWARD            31 (to 136)
    #   
    #   160     >>   74 NOP
    #   
    #   162          76 LOAD_GLOBAL              0 (log)
    #                88 LOAD_METHOD              1 (append)
    #               110 LOAD_CONST               2 ('fin')
    #               112 LOAD_FAST                1 (k)
    #               114 BUILD_TUPLE              2
    #               116 PRECALL                  1
    #               120 CALL                     1
    #               130 POP_TOP
    #               132 POP_TOP
    #               134 JUMP_FORWARD            89 (to 314)
    #   
    #   158     >>  136 NOP
    #   
    #   162         138 LOAD_GLOBAL              0 (log)
    #               150 LOAD_METHOD              1 (append)
    #               172 LOAD_CONST               2 ('fin')
    #               174 LOAD_FAST                1 (k)
    #               176 BUILD_TUPLE              2
    #               178 PRECALL                  1
    #               182 CALL                     1
    #               192 POP_TOP
    #               194 JUMP_BACKWARD           95 (to 6)
    #           >>  196 PUSH_EXC_INFO
    #               198 LOAD_GLOBAL              0 (log)
    #               210 LOAD_METHOD              1 (append)
    #               232 LOAD_CONST               2 ('fin')
    #               234 LOAD_FAST                1 (k)
    #               236 BUILD_TUPLE              2
    #               238 PRECALL                  1
    #               242 CALL                     1
    #               252 POP_TOP
    #               254 RERAISE                  0
    #           >>  256 COPY                     3
    #               258 POP_EXCEPT
    #               260 RERAISE                  1
    #   
    #   164     >>  262 LOAD_GLOBAL              0 (log)
    #               274 LOAD_METHOD              1 (append)
    #               296 LOAD_CONST               3 ('else')
    #               298 PRECALL                  1
    #               302 CALL                     1
    #               312 POP_TOP
    #   
    #   165     >>  314 LOAD_CONST               4 ('done')
    #               316 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 72 -> 196 [1]
    #     196 to 254 -> 256 [2] lasti
    raise RuntimeError('depyf: could not decompile else_break: then-branch jumps over the code after the range at 72')

assert else_break([1, 0, 2]) == 'done'
assert take() == [('then', 1), ('fin', 1), ('fin', 0)]
assert else_break([1, 2]) == 'done'
assert take() == [('then', 1), ('fin', 1), ('then', 2), ('fin', 2), 'else']

def cond_and(items, f):
    for k in items:
        try:
            if k and f(k):
                continue
            log.append(('body', k))
        finally:
            log.append(('fin', k))
    return 'done'

assert cond_and([0, 1, 2], lambda k: k > 1) == 'done'
assert take() == [('body', 0), ('fin', 0), ('body', 1), ('fin', 1), ('fin', 2)]
