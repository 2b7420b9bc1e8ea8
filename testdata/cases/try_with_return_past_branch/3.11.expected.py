class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return next(it, 0)
    def t(k):
        seen.append(k)
    def x(k):
        seen.append(-k)
        a = next(it, 0)
        if a == 1:
            raise E1(k)
        if a == 2:
            raise E2(k)
    def n():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return range(next(it, 0))
    class m:
        def __init__(self, k):
            self.k = k
        def __enter__(self):
            seen.append(('enter', self.k))
            return self.k
        def __exit__(self, typ, value, tb):
            suppress = typ is not None and next(it, 0) % 2 == 1
            seen.append(('exit', self.k, suppress))
            return suppress
    try:
        result = f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def elif_try_withs_return(c, t, x, n, m):
    if c():
        pass
    elif c():
        try:
            with m(6) as w, m(7):
                x(9)
                return 10
        except E1:
            pass
    elif c():
        pass
    return E1.__name__


def if_try_withs_return(c, t, x, n, m):
    if c():
        try:
            with m(6) as w, m(7):
                x(9)
                return 10
        except E1:
            pass
    return E1.__name__


def if_try_with_return_elif(c, t, x, n, m):
    if c():
        try:
            with m(6) as w:
                x(9)
                return 10
        except E1:
            t(11)
    elif c():
        t(12)
    return E1.__name__


def try_withs_return(c, t, x, n, m):
    try:
        with m(6) as w, m(7):
            x(9)
            return 10
    except E1:
        pass
    return E1.__name__


def elif_try_with_else_return(c, t, x, n, m):
    if c():
        pass
    elif c():
        try:
            with m(6) as w:
                x(9)
                return 10
        except E1:
            pass
        else:
            return E1.__name__
    elif c():
        pass
    return E2.__name__


def if_for_try_with_return_else_if(c, t, x, n, m):
    if c():
        for i in n():
            if c():
                t(1)
                return 2
            x(3)
        try:
            with m(4):
                return 5
        except E1:
            x(10)
        else:
            if c():
                x(16)
            else:
                return 17


def if_try_with_raise_else_for(c, t, x, n, m):
    if c():
        try:
            with m(2) as w:
                raise E2(5)
        except E1:
            pass
    else:
        for i in n():
            pass
    return x.k

assert run([], elif_try_withs_return) in (('E1', []), FELL)
assert run([0, 1], elif_try_withs_return) in ((10, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1, 1], elif_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1, 2], elif_try_withs_return) in (('E2', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1, 1, 1], elif_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, True), ('exit', 6, False)]), FELL)
assert run([0, 1, 1, 0, 1], elif_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, True)]), FELL)
assert run([], if_try_withs_return) in (('E1', []), FELL)
assert run([1], if_try_withs_return) in ((10, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 1], if_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 2], if_try_withs_return) in (('E2', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 1, 1], if_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, True), ('exit', 6, False)]), FELL)
assert run([1, 1, 0, 1], if_try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, True)]), FELL)
assert run([], if_try_with_return_elif) in (('E1', []), FELL)
assert run([1], if_try_with_return_elif) in ((10, [('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([0, 1], if_try_with_return_elif) in (('E1', [12]), FELL)
assert run([1, 1], if_try_with_return_elif) in (('E1', [('enter', 6), -9, ('exit', 6, False), 11]), FELL)
assert run([1, 2], if_try_with_return_elif) in (('E2', [('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([1, 1, 1], if_try_with_return_elif) in (('E1', [('enter', 6), -9, ('exit', 6, True)]), FELL)
assert run([], try_withs_return) in ((10, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1], try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([2], try_withs_return) in (('E2', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 1], try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, True), ('exit', 6, False)]), FELL)
assert run([1, 0, 1], try_withs_return) in (('E1', [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, True)]), FELL)
assert run([], elif_try_with_else_return) in (('E2', []), FELL)
assert run([0, 1], elif_try_with_else_return) in ((10, [('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([0, 1, 1], elif_try_with_else_return) in (('E2', [('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([0, 1, 1, 1], elif_try_with_else_return) in (('E1', [('enter', 6), -9, ('exit', 6, True)]), FELL)
assert run([], if_for_try_with_return_else_if) in ((None, []), FELL)
assert run([1], if_for_try_with_return_else_if) in ((5, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1], if_for_try_with_return_else_if) in ((5, [-3, ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 2], if_for_try_with_return_else_if) in ((5, [-3, -3, ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], if_for_try_with_return_else_if) in ((2, [1]), FELL)
assert run([1, 1, 0, 1], if_for_try_with_return_else_if) in (('E1', [-3]), FELL)
assert run([], if_try_with_raise_else_for) in (('AttributeError', []), FELL)
assert run([1], if_try_with_raise_else_for) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1], if_try_with_raise_else_for) in (('AttributeError', [('enter', 2), ('exit', 2, True)]), FELL)
