log = []

class E1(Exception):
    pass


class E2(Exception):
    pass


def make_t(raising):
    'A call logging its argument that raises the exception raising[n] (if any) for argument n.'
    def t(n):
        log.append(n)
        if n in raising:
            raise raising[n](n)
        return n
    return t


class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, n, suppress):
        self.n = n
        self.suppress = suppress
    def __enter__(self):
        log.append(('enter', self.n))
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', self.n, typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)


def make_m(suppress=()):
    return lambda n: Manager(n, suppress)

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


def try_return_then_with_return(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        with m(12):
            return 14


def try_return_then_code_return(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)
        return 14


def try_return_then_code(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)


def try_return_then_with(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        with m(12):
            t(13)


def try_return_on_one_line(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)


def try_else_return_then_code(t, m):
    with m(7):
        try:
            t(9)
        except E1:
            t(11)
        else:
            return 10
        t(13)
        return 14


def try_return_in_nested_withs(t, m):
    with m(6):
        with m(7):
            try:
                t(9)
                return 10
            except E1:
                t(11)
            t(13)
        t(15)


def try_return_two_clauses(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        except E2:
            return 12
        t(13)
    return 15


def try_return_in_loop(items, t, m):
    for x in items:
        with m(x):
            try:
                t(x)
                return 10
            except E1:
                t(11)
            t(13)
    return 15


def check():
    for f, spec, want, logged in (try_return_then_with_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 13: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_code_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_with, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({9: E1}, ()), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, None)]), (try_return_then_with, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, None)]), (try_return_on_one_line, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_nested_withs, ({}, ()), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E1,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E2,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, ()), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_two_clauses, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, ()), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, ()), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E1,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E2,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E1,)), 15, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_loop, ([], {}, ()), 15, []), (try_return_in_loop, ([], {}, (E1,)), 15, []), (try_return_in_loop, ([], {}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E2}, ()), 15, []), (try_return_in_loop, ([], {1: E2}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E2}, (E2,)), 15, []), (try_return_in_loop, ([1], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, ()), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E1,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E2,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E1,)), 15, [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E2,)), 15, [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {1: E1}, ()), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E1,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E2,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E1,)), 10, [('enter', 1), 1, 11, ('exit', 1, 'E1'), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, 'E2'), ('enter', 2), 2, ('exit', 2, None)]):
        *lead, raising, suppress = spec
        log.clear()
        got = run(f, [list(a) for a in lead] + [make_t(raising), make_m(suppress)])
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, spec, got, want, log, logged)
    log.clear()

check()
