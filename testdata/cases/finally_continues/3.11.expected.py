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
