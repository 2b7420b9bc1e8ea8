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

def while_break_then_code(n):
    while n > 0:
        n -= 1
        try:
            if n == 1:
                break
        finally:
            log.append(('fin', n))
        log.append(('after', n))
    return n

assert while_break_then_code(3) == 1
assert take() == [('fin', 2), ('after', 2), ('fin', 1)]

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
