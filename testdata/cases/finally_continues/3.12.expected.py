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
    for k in items:
        try:
            if k:
                break
        finally:
            log.append(('fin', k))
    return 'done'

assert break_in_try([0, 1, 2]) == 'done'
assert take() == [('fin', 0), ('fin', 1)]

def break_then_code(items):
    for k in items:
        try:
            if k:
                break
        finally:
            log.append(('fin', k))
        log.append(('after', k))
    return 'done'

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
    # depyf: could not decompile while_break: conditional jump out of the region at 32
    #   107           0 RESUME                   0
    #   
    #   108           2 LOAD_FAST                0 (n)
    #                 4 LOAD_CONST               1 (0)
    #                 6 COMPARE_OP              68 (>)
    #                10 POP_JUMP_IF_FALSE       67 (to 146)
    #   
    #   109     >>   12 LOAD_FAST                0 (n)
    #                14 LOAD_CONST               2 (1)
    #                16 BINARY_OP               23 (-=)
    #                20 STORE_FAST               0 (n)
    #   
    #   110          22 NOP
    #   
    #   111          24 LOAD_FAST                0 (n)
    #                26 LOAD_CONST               2 (1)
    #                28 COMPARE_OP              40 (==)
    #                32 POP_JUMP_IF_FALSE       26 (to 86)
    #   
    #   112          34 NOP
    #   
    #   114          36 LOAD_GLOBAL              0 (log)
    #                46 LOAD_ATTR                3 (NULL|self + append)
    #                66 LOAD_CONST               3 ('fin')
    #                68 LOAD_FAST                0 (n)
    #                70 BUILD_TUPLE              2
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #   115          82 LOAD_FAST                0 (n)
    #                84 RETURN_VALUE
    #   
    #   111     >>   86 NOP
    #   
    #   114          88 LOAD_GLOBAL              0 (log)
    #                98 LOAD_ATTR                3 (NULL|self + append)
    #               118 LOAD_CONST               3 ('fin')
    #               120 LOAD_FAST                0 (n)
    #               122 BUILD_TUPLE              2
    #               124 CALL                     1
    #               132 POP_TOP
    #   
    #   108         134 LOAD_FAST                0 (n)
    #               136 LOAD_CONST               1 (0)
    #               138 COMPARE_OP              68 (>)
    #               142 POP_JUMP_IF_FALSE        1 (to 146)
    #               144 JUMP_BACKWARD           67 (to 12)
    #   
    #   115     >>  146 LOAD_FAST                0 (n)
    #               148 RETURN_VALUE
    #           >>  150 PUSH_EXC_INFO
    #   
    #   114         152 LOAD_GLOBAL              0 (log)
    #               162 LOAD_ATTR                3 (NULL|self + append)
    #               182 LOAD_CONST               3 ('fin')
    #               184 LOAD_FAST                0 (n)
    #               186 BUILD_TUPLE              2
    #               188 CALL                     1
    #               196 POP_TOP
    #               198 RERAISE                  0
    #           >>  200 COPY                     3
    #               202 POP_EXCEPT
    #               204 RERAISE                  1
    #   ExceptionTable:
    #     24 to 32 -> 150 [0]
    #     150 to 198 -> 200 [1] lasti
    raise RuntimeError('depyf: could not decompile while_break: conditional jump out of the region at 32')

assert while_break(4) == 1
assert take() == [('fin', 3), ('fin', 2), ('fin', 1)]

def two_exits(items):
    for k in items:
        try:
            if k == 1:
                continue
            if k == 2:
                break
        finally:
            log.append(('fin', k))
        log.append(('after', k))
    return 'done'

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
    for k in items:
        try:
            if k:
                log.append(('then', k))
            else:
                return 'done'
        finally:
            log.append(('fin', k))
    log.append('else')
    return 'done'

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
