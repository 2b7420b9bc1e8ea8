




class E1(Exception):
    pass


class E2(Exception):
    pass


class M:
    def __init__(self, log, suppress):
        self.log = log
        self.suppress = suppress
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, typ, value, tb):
        self.log.append(('exit', typ is not None))
        return self.suppress


def raiser(log, exc):
    def x(v):
        log.append(v)
        if exc is not None:
            raise exc
    return x


def for_code_after(items, t, x, m):
    for i in items:
        try:
            with m:
                x(2)
            try:
                return 3
            except E1:
                pass
        except E1:
            pass
        t(4)


def while_else_pass(c, t, x, m):
    while True:
        while c():
            try:
                with m:
                    x(2)
                try:
                    return 3
                except E1:
                    pass
                pass
            except E1:
                continue
        return None


def if_else_pass(c, t, x, m):
    if c:
        try:
            with m:
                x(19)
            try:
                return 22
            except E1:
                pass
            pass
        except E1:
            pass
    t(1)


def inner_clause_code_after(c, t, x, m):
    try:
        with m:
            x(2)
        try:
            return 3
        except E1:
            t(6)
        t(7)
    except E1:
        t(8)
    t(9)


def two_inner_clauses_one_falling_off(c, t, x, m):
    try:
        with m:
            x(2)
        try:
            return 3
        except E1:
            return 4
        except E2:
            t(5)
            return 4
    except E1:
        pass
    return 4


def run(f, first, exc, suppress):
    log = []
    return f(first, log.append, raiser(log, exc), M(log, suppress)), log

assert run(for_code_after, [1, 2], None, False) == (3, ['enter', 2, ('exit', False)])
assert run(for_code_after, [1, 2], E1(), False) == (None, ['enter', 2, ('exit', True), 4, 'enter', 2, ('exit', True), 4])
assert run(for_code_after, [1], E1(), True) == (3, ['enter', 2, ('exit', True)])
assert run(while_else_pass, iter([True, False]).__next__, None, False) == (3, ['enter', 2, ('exit', False)])
assert run(while_else_pass, iter([True, False]).__next__, E1(), False) == (None, ['enter', 2, ('exit', True)])
assert run(if_else_pass, True, None, False) == (22, ['enter', 19, ('exit', False)])
assert run(if_else_pass, False, None, False) == (None, [1])
assert run(if_else_pass, True, E1(), False) == (None, ['enter', 19, ('exit', True), 1])
assert run(inner_clause_code_after, 0, None, False) == (3, ['enter', 2, ('exit', False)])
assert run(inner_clause_code_after, 0, E1(), False) == (None, ['enter', 2, ('exit', True), 8, 9])
assert run(two_inner_clauses_one_falling_off, 0, None, True) == (3, ['enter', 2, ('exit', False)])
assert run(two_inner_clauses_one_falling_off, 0, E1(), False) == (4, ['enter', 2, ('exit', True)])
