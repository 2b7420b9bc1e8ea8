class Stop(BaseException):
    pass

FELL = 'fell back'

def run(answers, f):
    "f's result and trace on the answers (popped from the end): c() tests, n() loop lengths, t(k) logs\n    and raises KeyError on every fourth answer, m(k) a manager that suppresses on even answers."
    answers = list(answers)
    trace = []
    def nxt():
        if not answers:
            raise Stop()
        return answers.pop()
    def c():
        return nxt() % 2 == 0
    def n():
        return range(nxt() % 3)
    def t(k):
        trace.append(k)
        if nxt() % 4 == 0:
            raise KeyError(k)
    class m:
        def __init__(self, k):
            self.k = k
        def __enter__(self):
            trace.append(('enter', self.k))
        def __exit__(self, typ, value, tb):
            suppress = typ is not None and typ is not Stop and nxt() % 2 == 0
            trace.append(('exit', self.k, typ.__name__ if typ else None, suppress))
            return suppress
    try:
        result = ('return', f(c, n, m, t))
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except BaseException as e:
        result = ('raise', type(e).__name__)
    return result, trace


def check(answers, f, want):
    'f behaves as the source did on the answers, unless it fell back to its disassembly.'
    got = run(answers, f)
    assert got == FELL or got == want, (f.__name__, answers, got)


def while_continue_end(c, n, m, t):
    while c():
        with m(1):
            continue


def while_break_then(c, n, m, t):
    while c():
        with m(1):
            t(1)
            break
        t(2)
    t(3)


def for_continue_then(c, n, m, t):
    for x in n():
        with m(1):
            t(1)
            continue
        t(2)
    t(3)


def for_break_then(c, n, m, t):
    for x in n():
        with m(1):
            t(1)
            break
        t(2)
    t(3)


def while_true_break(c, n, m, t):
    while True:
        if c():
            break
        with m(1):
            t(1)
            break
        t(2)
    t(3)


def for_while_true(c, n, m, t):
    for i in n():
        while True:
            if c() or c():
                break
            with m(1):
                t(2)
                break
    t(5)


def if_with_break(c, n, m, t):
    for i in n():
        if c():
            with m(1):
                t(2)
                break
            t(3)
        t(4)
    t(5)


def if_with_continue_else(c, n, m, t):
    for i in n():
        if c():
            with m(1):
                t(2)
                continue
        else:
            t(3)
        t(4)
    t(5)


def nested_withs_continue(c, n, m, t):
    while c():
        with m(1), m(2):
            continue


def nested_withs_break(c, n, m, t):
    for j in n():
        with m(2), m(3):
            break
    else:
        t(4)


def while_while_continue(c, n, m, t):
    while c():
        while c() and c():
            with m(12):
                continue


def with_break_in_try(c, n, m, t):
    for i in n():
        try:
            with m(1):
                t(1)
                break
            t(2)
        except KeyError:
            t(3)
            continue
    t(4)


def with_in_with_break(c, n, m, t):
    for i in n():
        with m(1):
            with m(2):
                t(1)
                break
            t(2)
        t(3)
    t(4)


def with_continue_in_except(c, n, m, t):
    try:
        t(1)
    except KeyError:
        while not c():
            with m(66):
                continue
    else:
        t(2)


def nested_withs_break_into_exit(c, n, m, t):
    while c():
        with m(3), m(4):
            t(6)
            break
    t(8)


def with_break_in_try_then_loop(c, n, m, t):
    for k in n():
        try:
            if c():
                pass
            else:
                t(5)
            with m(7):
                break
        except KeyError:
            pass
        for j in n():
            pass
    t(14)


def with_break_for_else_in_try(c, n, m, t):
    try:
        for k in n():
            with m(38):
                break
        else:
            return 44
    except KeyError:
        pass
    finally:
        pass


def with_continue_while_and(c, n, m, t):
    while c() and c():
        with m(26), m(27):
            t(28)
            continue


def for_break_else(c, n, m, t):
    for j in n():
        with m(1):
            t(1)
            break
    else:
        t(2)


def nested_withs_break_else_then(c, n, m, t):
    for j in n():
        with m(1), m(2):
            t(1)
            break
    else:
        t(2)
    t(3)


def nested_withs_break_then(c, n, m, t):
    for j in n():
        with m(1), m(2):
            break
    t(3)


def three_withs_continue(c, n, m, t):
    while c():
        with m(1), m(2), m(3):
            t(1)
            continue


def while_break_if_then(c, n, m, t):
    while c():
        with m(1):
            t(1)
            break
        if c():
            t(2)
        else:
            t(3)
    t(4)


def while_break_then_else(c, n, m, t):
    while c():
        with m(1):
            t(1)
            break
        t(2)
    else:
        t(3)
    t(4)


def while_if_break_then(c, n, m, t):
    while c():
        if c():
            t(0)
        with m(1):
            t(1)
            break
        t(2)
    t(4)


def while_and_break_then(c, n, m, t):
    while c() and c():
        with m(1):
            t(1)
            break
        t(2)
    t(3)


def while_if_break_ending_with(c, n, m, t):
    while c():
        with m(1):
            t(1)
            if c():
                break
        t(2)
    t(3)


def for_if_break_ending_with(c, n, m, t):
    for x in n():
        with m(1):
            if c():
                break
        t(2)
    t(3)

check([6, 3], while_continue_end, (('return', None), []))
check([7, 6], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False)]))
check([0, 4], while_continue_end, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([7, 1, 6, 2], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([1, 8, 4, 0], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([4, 8, 2, 4], while_continue_end, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([1, 1, 4, 4, 2, 6], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([6, 4, 6, 6, 4], while_continue_end, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([2, 9, 4, 6, 4, 8, 4], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([1, 7, 5, 2, 6, 2, 0, 2, 4], while_continue_end, (('return', None), [('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False), ('enter', 1), ('exit', 1, None, False)]))
check([9, 3], while_break_then, (('return', None), [3]))
check([4, 1], while_break_then, (('raise', 'KeyError'), [3]))
check([3, 4], while_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([6, 6, 8], while_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([4, 9, 0], while_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([8, 8, 4], while_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([1, 8, 2, 0, 8], while_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([9, 3, 1, 9, 4, 0], while_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([7, 3, 4, 5, 7, 7, 8, 0, 4], while_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([2, 4, 9, 2, 8, 2], while_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, ('enter', 1), 1, ('exit', 1, None, False), 3]))
check([2, 9], for_continue_then, (('return', None), [3]))
check([8, 6], for_continue_then, (('raise', 'KeyError'), [3]))
check([4, 4], for_continue_then, (('raise', 'Stop'), [('enter', 1), 1]))
check([6, 1], for_continue_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([1, 5, 5, 1], for_continue_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([5, 4, 4], for_continue_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([4, 8, 1, 4], for_continue_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([0, 1, 9, 3, 5, 0, 8, 4], for_continue_then, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([5, 8, 5, 3, 4, 0, 4, 8], for_continue_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([7, 0, 2, 4, 9, 3, 6, 4, 2, 0, 0, 7], for_continue_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([6, 2], for_continue_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), ('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([9, 7, 6, 8], for_continue_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), ('enter', 1), 1, ('exit', 1, None, False), 3]))
check([2, 9], for_break_then, (('return', None), [3]))
check([4, 6], for_break_then, (('raise', 'KeyError'), [3]))
check([0, 7], for_break_then, (('raise', 'Stop'), [('enter', 1), 1]))
check([1, 8], for_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([5, 1, 2], for_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([6, 8, 7], for_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([8, 4, 5, 5], for_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([3, 4, 8], for_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([5, 6, 8, 1], for_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([9, 0, 0, 0, 7], for_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([7, 4, 5, 3, 6, 7, 1, 6, 4, 0, 1], for_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([9, 3, 1, 8, 0, 5], for_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, ('enter', 1), 1, ('exit', 1, None, False), 3]))
check([7, 8], while_true_break, (('return', None), [3]))
check([8, 2], while_true_break, (('raise', 'KeyError'), [3]))
check([8, 9], while_true_break, (('raise', 'Stop'), [('enter', 1), 1]))
check([5, 1], while_true_break, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([6, 9, 9], while_true_break, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([0, 7, 5], while_true_break, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([2, 8, 9], while_true_break, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([1, 0, 1], while_true_break, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([2, 8, 4, 6, 0, 3], while_true_break, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([2, 2, 6, 9, 0, 0, 9], while_true_break, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([9, 7, 0, 4, 4, 8, 4, 1, 6, 0, 9], while_true_break, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([5, 3, 7, 7, 6, 0, 7], while_true_break, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, ('enter', 1), 1, ('exit', 1, None, False), 3]))
check([7, 6], for_while_true, (('return', None), [5]))
check([1, 2], for_while_true, (('raise', 'Stop'), []))
check([8, 7], for_while_true, (('raise', 'Stop'), [5]))
check([0, 0], for_while_true, (('raise', 'KeyError'), [5]))
check([3, 3, 1], for_while_true, (('raise', 'Stop'), [('enter', 1), 2, ('exit', 1, 'Stop', False)]))
check([6, 9, 3, 2], for_while_true, (('raise', 'Stop'), [('enter', 1), 2, ('exit', 1, None, False)]))
check([3, 5, 3, 4], for_while_true, (('raise', 'Stop'), [('enter', 1), 2, ('exit', 1, None, False), 5]))
check([2, 7, 3, 7, 1], for_while_true, (('return', None), [('enter', 1), 2, ('exit', 1, None, False), 5]))
check([0, 0, 1, 1, 9, 1, 2], for_while_true, (('raise', 'KeyError'), [('enter', 1), 2, ('exit', 1, None, False), 5]))
check([1, 9, 4, 7, 4, 7, 1, 2], for_while_true, (('raise', 'KeyError'), [('enter', 1), 2, ('exit', 1, 'KeyError', False)]))
check([0, 6, 1, 8, 6, 4, 0, 4, 1, 3, 7], for_while_true, (('return', None), [('enter', 1), 2, ('exit', 1, 'KeyError', True), 5]))
check([7, 9, 7, 4, 0, 7, 7, 7], for_while_true, (('raise', 'Stop'), [('enter', 1), 2, ('exit', 1, 'KeyError', True), ('enter', 1), 2, ('exit', 1, None, False), 5]))
check([5, 3], if_with_break, (('return', None), [5]))
check([5, 1], if_with_break, (('raise', 'Stop'), [4]))
check([8, 6], if_with_break, (('raise', 'KeyError'), [5]))
check([5, 3, 4], if_with_break, (('raise', 'Stop'), [4, 5]))
check([0, 9, 2], if_with_break, (('raise', 'KeyError'), [4]))
check([5, 8, 6, 9, 9, 7], if_with_break, (('return', None), [4, 5]))
check([5, 0, 1, 5, 4], if_with_break, (('raise', 'KeyError'), [4, 5]))
check([3, 9, 9, 3, 1, 5], if_with_break, (('return', None), [4, 4, 5]))
check([0, 2, 8], if_with_break, (('raise', 'Stop'), [('enter', 1), 2]))
check([4, 7, 4, 4, 6, 8, 7, 3, 5, 5], if_with_break, (('raise', 'KeyError'), [4, 4]))
check([8, 2], if_with_break, (('raise', 'Stop'), [('enter', 1), 2, ('exit', 1, 'Stop', False)]))
check([3, 5, 0, 5], if_with_break, (('return', None), [('enter', 1), 2, ('exit', 1, None, False), 5]))
check([6, 6], if_with_continue_else, (('return', None), [5]))
check([7, 8], if_with_continue_else, (('raise', 'Stop'), [3]))
check([4, 3], if_with_continue_else, (('raise', 'KeyError'), [5]))
check([7, 5, 4], if_with_continue_else, (('raise', 'Stop'), [3, 4]))
check([0, 9, 1], if_with_continue_else, (('raise', 'KeyError'), [3]))
check([1, 3, 5, 7], if_with_continue_else, (('raise', 'Stop'), [3, 4, 5]))
check([7, 2, 2, 5, 2], if_with_continue_else, (('raise', 'Stop'), [3, 4, 3]))
check([9, 3, 5, 5, 5, 1], if_with_continue_else, (('return', None), [3, 4, 5]))
check([1, 4, 0, 9, 3, 4], if_with_continue_else, (('raise', 'KeyError'), [3, 4]))
check([9, 3, 1, 0, 5, 5, 3, 4], if_with_continue_else, (('raise', 'KeyError'), [3, 4, 5]))
check([8, 6, 1, 9, 6, 5, 2], if_with_continue_else, (('raise', 'KeyError'), [3, 4, 3, 4]))
check([1, 5, 3, 7, 1, 1, 7, 5], if_with_continue_else, (('return', None), [3, 4, 3, 4, 5]))
check([2, 3], nested_withs_continue, (('return', None), []))
check([9, 8], nested_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([6, 8], nested_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([2, 3, 7, 4, 6], nested_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([2, 4, 4], nested_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([0, 9, 0, 6, 0], nested_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([8, 4, 0, 6], nested_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([4, 0, 5, 6, 8, 0, 8], nested_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([5, 2, 5, 5, 6, 4, 0, 8, 0, 4], nested_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([2, 6], nested_withs_break, (('return', None), [4]))
check([0, 6], nested_withs_break, (('raise', 'KeyError'), [4]))
check([7, 2], nested_withs_break, (('return', None), [('enter', 2), ('enter', 3), ('exit', 3, None, False), ('exit', 2, None, False)]))
check([5, 3], while_while_continue, (('return', None), []))
check([1, 8], while_while_continue, (('raise', 'Stop'), []))
check([8, 6, 2], while_while_continue, (('raise', 'Stop'), [('enter', 12), ('exit', 12, None, False)]))
check([5, 7, 4, 0, 2], while_while_continue, (('return', None), [('enter', 12), ('exit', 12, None, False)]))
check([4, 4, 6, 2, 2], while_while_continue, (('raise', 'Stop'), [('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False)]))
check([3, 3, 6, 4, 6, 8, 4, 8, 2], while_while_continue, (('return', None), [('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False)]))
check([3, 3, 2, 4, 0, 2, 0, 8, 6, 6, 4], while_while_continue, (('return', None), [('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False), ('enter', 12), ('exit', 12, None, False)]))
check([7, 9], with_break_in_try, (('return', None), [4]))
check([8, 9], with_break_in_try, (('raise', 'KeyError'), [4]))
check([1, 5], with_break_in_try, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([9, 6, 7], with_break_in_try, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([0, 2, 1], with_break_in_try, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([6, 4, 1], with_break_in_try, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([1, 4, 8], with_break_in_try, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', False), 3]))
check([0, 0, 0, 5], with_break_in_try, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([4, 9, 4, 1], with_break_in_try, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False), 3]))
check([3, 6, 1, 7, 4, 7], with_break_in_try, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', False), 3, 4]))
check([3, 1, 7, 6, 2, 0, 7], with_break_in_try, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 4]))
check([6, 2, 8, 6, 0, 2, 4, 4], with_break_in_try, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3, 4]))
check([6, 3], with_in_with_break, (('return', None), [4]))
check([8, 6], with_in_with_break, (('raise', 'KeyError'), [4]))
check([0, 7], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 1, 'Stop', False)]))
check([3, 4, 5], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', False)]))
check([4, 4, 8, 7], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', True), 2]))
check([6, 4], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 4]))
check([7, 7, 7], with_in_with_break, (('return', None), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 4]))
check([0, 7, 4], with_in_with_break, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 4]))
check([8, 0, 5], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', True), 2, ('exit', 1, 'Stop', False)]))
check([4, 5, 4, 4, 2], with_in_with_break, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', True), 2, ('exit', 1, None, False), 3]))
check([1, 7, 3, 8, 8], with_in_with_break, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', False), ('exit', 1, 'KeyError', False)]))
check([9, 8, 3, 4, 4], with_in_with_break, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', False), ('exit', 1, 'KeyError', True), 3, 4]))
check([2, 0], with_continue_in_except, (('return', None), [1]))
check([7, 5], with_continue_in_except, (('return', None), [1, 2]))
check([8, 5], with_continue_in_except, (('raise', 'KeyError'), [1, 2]))
check([3, 0], with_continue_in_except, (('raise', 'Stop'), [1, ('enter', 66), ('exit', 66, None, False)]))
check([8, 4, 5, 8], with_continue_in_except, (('return', None), [1, ('enter', 66), ('exit', 66, None, False)]))
check([3, 9, 8, 3, 0, 7, 5, 0], with_continue_in_except, (('return', None), [1, ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False)]))
check([4, 7, 9, 9, 4], with_continue_in_except, (('return', None), [1, ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False)]))
check([1, 2, 2, 9, 1, 1, 3, 4], with_continue_in_except, (('return', None), [1, ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False)]))
check([2, 5, 4, 5, 4, 3, 1, 3, 7, 1, 8], with_continue_in_except, (('return', None), [1, ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False), ('enter', 66), ('exit', 66, None, False)]))
check([1, 7], nested_withs_break_into_exit, (('return', None), [8]))
check([0, 7], nested_withs_break_into_exit, (('raise', 'KeyError'), [8]))
check([0, 6], nested_withs_break_into_exit, (('raise', 'Stop'), [('enter', 3), ('enter', 4), 6, ('exit', 3, 'Stop', False)]))
check([1, 4, 2], nested_withs_break_into_exit, (('raise', 'Stop'), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', False)]))
check([6, 4], nested_withs_break_into_exit, (('raise', 'Stop'), [('enter', 3), ('enter', 4), 6, ('exit', 4, None, False), ('exit', 3, None, False), 8]))
check([5, 3, 8], nested_withs_break_into_exit, (('return', None), [('enter', 3), ('enter', 4), 6, ('exit', 4, None, False), ('exit', 3, None, False), 8]))
check([0, 7, 4], nested_withs_break_into_exit, (('raise', 'KeyError'), [('enter', 3), ('enter', 4), 6, ('exit', 4, None, False), ('exit', 3, None, False), 8]))
check([7, 8, 8, 8], nested_withs_break_into_exit, (('raise', 'Stop'), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', True), ('exit', 3, None, False), 8]))
check([2, 5, 0, 8], nested_withs_break_into_exit, (('raise', 'Stop'), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', False), ('exit', 3, 'KeyError', True)]))
check([3, 3, 4, 8], nested_withs_break_into_exit, (('raise', 'KeyError'), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', False), ('exit', 3, 'KeyError', False)]))
check([9, 3, 9, 5, 6, 1, 4, 8], nested_withs_break_into_exit, (('return', None), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', False), ('exit', 3, 'KeyError', True), 8]))
check([7, 1, 0, 2, 8, 5, 6, 5, 6, 8, 0], nested_withs_break_into_exit, (('return', None), [('enter', 3), ('enter', 4), 6, ('exit', 4, 'KeyError', True), ('exit', 3, None, False), 8]))
check([3, 6], with_break_in_try_then_loop, (('return', None), [14]))
check([7, 4], with_break_in_try_then_loop, (('raise', 'Stop'), [5]))
check([0, 6], with_break_in_try_then_loop, (('raise', 'KeyError'), [14]))
check([2, 6, 1, 8, 7, 4], with_break_in_try_then_loop, (('return', None), [5, 14]))
check([8, 4, 4, 7, 7], with_break_in_try_then_loop, (('raise', 'KeyError'), [5, 14]))
check([5, 0, 1, 1, 4, 9, 5], with_break_in_try_then_loop, (('raise', 'Stop'), [5, 5, 14]))
check([7, 7, 8, 9, 2, 8, 1, 5], with_break_in_try_then_loop, (('return', None), [5, 5, 14]))
check([0, 4], with_break_in_try_then_loop, (('raise', 'Stop'), [('enter', 7), ('exit', 7, None, False), 14]))
check([2, 4, 8], with_break_in_try_then_loop, (('return', None), [('enter', 7), ('exit', 7, None, False), 14]))
check([5, 9, 8], with_break_in_try_then_loop, (('raise', 'Stop'), [5, ('enter', 7), ('exit', 7, None, False), 14]))
check([0, 4, 7], with_break_in_try_then_loop, (('raise', 'KeyError'), [('enter', 7), ('exit', 7, None, False), 14]))
check([5, 2, 5, 8], with_break_in_try_then_loop, (('return', None), [5, ('enter', 7), ('exit', 7, None, False), 14]))
check([0, 0], with_break_for_else_in_try, (('return', 44), []))
check([6, 1], with_break_for_else_in_try, (('return', None), [('enter', 38), ('exit', 38, None, False)]))
check([9, 8], with_continue_while_and, (('return', None), []))
check([0, 0, 0], with_continue_while_and, (('raise', 'Stop'), [('enter', 26), ('enter', 27), 28, ('exit', 26, 'Stop', False)]))
check([1, 8, 4, 4], with_continue_while_and, (('raise', 'Stop'), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', False)]))
check([5, 8, 0], with_continue_while_and, (('raise', 'Stop'), [('enter', 26), ('enter', 27), 28, ('exit', 27, None, False), ('exit', 26, None, False)]))
check([0, 6], with_continue_while_and, (('raise', 'Stop'), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'Stop', False), ('exit', 26, 'Stop', False)]))
check([1, 9, 4, 0], with_continue_while_and, (('return', None), [('enter', 26), ('enter', 27), 28, ('exit', 27, None, False), ('exit', 26, None, False)]))
check([2, 8, 9, 0, 0, 6], with_continue_while_and, (('raise', 'Stop'), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', False), ('exit', 26, 'KeyError', True)]))
check([7, 6, 6, 4, 1, 2, 3, 4, 0, 6], with_continue_while_and, (('return', None), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', False), ('exit', 26, 'KeyError', True)]))
check([1, 3, 1, 2, 7, 0, 1, 9, 7, 5, 4, 4, 6, 6], with_continue_while_and, (('return', None), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', True), ('exit', 26, None, False)]))
check([9, 6, 5, 9, 4, 5, 3, 4, 6, 6], with_continue_while_and, (('raise', 'KeyError'), [('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', False), ('exit', 26, 'KeyError', False)]))
check([3, 2, 4, 0, 9, 0, 2], with_continue_while_and, (('return', None), [('enter', 26), ('enter', 27), 28, ('exit', 27, None, False), ('exit', 26, None, False), ('enter', 26), ('enter', 27), 28, ('exit', 27, None, False), ('exit', 26, None, False)]))
check([4, 5, 1, 2, 0, 2, 6, 7, 0, 8], with_continue_while_and, (('return', None), [('enter', 26), ('enter', 27), 28, ('exit', 27, None, False), ('exit', 26, None, False), ('enter', 26), ('enter', 27), 28, ('exit', 27, 'KeyError', True), ('exit', 26, None, False)]))
check([5, 1], for_break_else, (('return', None), [('enter', 1), 1, ('exit', 1, None, False)]))
check([4, 3], for_break_else, (('raise', 'KeyError'), [2]))
check([5, 6], for_break_else, (('return', None), [2]))
check([8, 7], for_break_else, (('raise', 'Stop'), [('enter', 1), 1]))
check([5, 0, 7], for_break_else, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([4, 4, 1], for_break_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([8, 4, 8], for_break_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), ('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([3, 0, 0, 5], for_break_else, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), ('enter', 1), 1, ('exit', 1, None, False)]))
check([3, 0, 0, 1], for_break_else, (('return', None), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([0, 8, 8, 8], for_break_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), ('enter', 1), 1]))
check([4, 2, 8, 7], for_break_else, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([0, 4, 4, 0, 8], for_break_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), ('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([8, 6], nested_withs_break_else_then, (('raise', 'KeyError'), [2]))
check([8, 8], nested_withs_break_else_then, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 1, 'Stop', False)]))
check([1, 8], nested_withs_break_else_then, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 3]))
check([2, 0], nested_withs_break_else_then, (('raise', 'Stop'), [2, 3]))
check([4, 1, 4], nested_withs_break_else_then, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 3]))
check([7, 3, 1], nested_withs_break_else_then, (('return', None), [('enter', 1), ('enter', 2), 1, ('exit', 2, None, False), ('exit', 1, None, False), 3]))
check([0, 9, 9], nested_withs_break_else_then, (('raise', 'KeyError'), [2, 3]))
check([7, 2, 6], nested_withs_break_else_then, (('return', None), [2, 3]))
check([2, 4, 8], nested_withs_break_else_then, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', True), ('exit', 1, None, False), ('enter', 1), ('enter', 2), 1, ('exit', 2, 'Stop', False), ('exit', 1, 'Stop', False)]))
check([1, 4, 1], nested_withs_break_else_then, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', False)]))
check([2, 0, 1], nested_withs_break_else_then, (('raise', 'Stop'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', True), ('exit', 1, None, False), 2]))
check([3, 3, 0, 7], nested_withs_break_else_then, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), 1, ('exit', 2, 'KeyError', False), ('exit', 1, 'KeyError', False)]))
check([3, 7], nested_withs_break_then, (('return', None), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), 3]))
check([8, 2], nested_withs_break_then, (('raise', 'KeyError'), [('enter', 1), ('enter', 2), ('exit', 2, None, False), ('exit', 1, None, False), 3]))
check([1, 9], nested_withs_break_then, (('return', None), [3]))
check([0, 6], nested_withs_break_then, (('raise', 'KeyError'), [3]))
check([3, 5], three_withs_continue, (('return', None), []))
check([3, 2], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, None, False), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([8, 2], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 2, 'Stop', False), ('exit', 1, 'Stop', False)]))
check([8, 0, 8], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', True), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([1, 9, 6], three_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, None, False), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([1, 4, 2], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', False), ('exit', 1, 'Stop', False)]))
check([0, 5, 6], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, None, False), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'Stop', False), ('exit', 2, 'Stop', False), ('exit', 1, 'Stop', False)]))
check([6, 7, 0, 6], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', False), ('exit', 2, 'KeyError', True), ('exit', 1, None, False)]))
check([5, 4, 8, 4], three_withs_continue, (('return', None), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', True), ('exit', 2, None, False), ('exit', 1, None, False)]))
check([8, 2, 1, 2], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, None, False), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 2, 'Stop', False), ('exit', 1, 'Stop', False)]))
check([1, 5, 0, 8], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', False), ('exit', 2, 'KeyError', False)]))
check([6, 0, 0, 6], three_withs_continue, (('raise', 'Stop'), [('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'KeyError', True), ('exit', 2, None, False), ('exit', 1, None, False), ('enter', 1), ('enter', 2), ('enter', 3), 1, ('exit', 3, 'Stop', False), ('exit', 2, 'Stop', False), ('exit', 1, 'Stop', False)]))
check([4, 3], while_break_if_then, (('raise', 'KeyError'), [4]))
check([6, 9], while_break_if_then, (('return', None), [4]))
check([1, 4], while_break_if_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([4, 8], while_break_if_then, (('raise', 'Stop'), [('enter', 1), 1]))
check([7, 8, 0], while_break_if_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([7, 5, 6], while_break_if_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([8, 5, 0], while_break_if_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([2, 4, 8], while_break_if_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True)]))
check([1, 2, 0, 6], while_break_if_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 3]))
check([8, 8, 0, 2], while_break_if_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([8, 4, 0, 4, 6], while_break_if_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([4, 7, 2, 8, 2], while_break_if_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 3]))
check([8, 5], while_break_then_else, (('raise', 'KeyError'), [3]))
check([1, 7], while_break_then_else, (('raise', 'Stop'), [3, 4]))
check([9, 2], while_break_then_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([0, 0], while_break_then_else, (('raise', 'Stop'), [('enter', 1), 1]))
check([1, 0, 6], while_break_then_else, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([0, 2, 5], while_break_then_else, (('raise', 'KeyError'), [3, 4]))
check([6, 2, 9], while_break_then_else, (('return', None), [3, 4]))
check([7, 5, 0], while_break_then_else, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([4, 9, 2], while_break_then_else, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([6, 4, 6], while_break_then_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([0, 6, 4, 8], while_break_then_else, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([4, 1, 8, 8, 4], while_break_then_else, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, ('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([5, 7], while_if_break_then, (('return', None), [4]))
check([4, 7], while_if_break_then, (('raise', 'KeyError'), [4]))
check([3, 4], while_if_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([4, 4], while_if_break_then, (('raise', 'Stop'), [0]))
check([9, 6, 0], while_if_break_then, (('raise', 'Stop'), [0, ('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([8, 0, 4], while_if_break_then, (('raise', 'KeyError'), [0]))
check([9, 7, 6], while_if_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([0, 3, 0], while_if_break_then, (('raise', 'Stop'), [('enter', 1), 1]))
check([0, 3, 5, 8], while_if_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([2, 1, 7, 4], while_if_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 4]))
check([4, 8, 7, 6], while_if_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([3, 0, 1, 6], while_if_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([4, 7], while_and_break_then, (('raise', 'KeyError'), [3]))
check([3, 9], while_and_break_then, (('return', None), [3]))
check([9, 8], while_and_break_then, (('raise', 'Stop'), [3]))
check([0, 8], while_and_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([4, 8, 6], while_and_break_then, (('raise', 'Stop'), [('enter', 1), 1]))
check([2, 0, 6], while_and_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([8, 6, 4, 2], while_and_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([1, 9, 4, 4], while_and_break_then, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([1, 4, 2, 8], while_and_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([6, 4, 4, 2], while_and_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([4, 6, 8, 6, 4], while_and_break_then, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([3, 7, 8, 0, 4, 8], while_and_break_then, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2, 3]))
check([5], while_if_break_ending_with, (('raise', 'Stop'), [3]))
check([2], while_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'Stop', False)]))
check([0, 1], while_if_break_ending_with, (('raise', 'KeyError'), [3]))
check([8, 2], while_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), 1]))
check([6, 3], while_if_break_ending_with, (('return', None), [3]))
check([3, 0, 4], while_if_break_ending_with, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, 'KeyError', False)]))
check([7, 3, 4], while_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 2]))
check([0, 3, 0], while_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([0, 0, 2], while_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), 1, ('exit', 1, 'KeyError', True), 2]))
check([2, 8, 9, 0], while_if_break_ending_with, (('return', None), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([0, 5, 1, 8], while_if_break_ending_with, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 2]))
check([8, 8, 3, 4], while_if_break_ending_with, (('raise', 'KeyError'), [('enter', 1), 1, ('exit', 1, None, False), 3]))
check([5], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, 'Stop', False)]))
check([6], for_if_break_ending_with, (('raise', 'Stop'), [3]))
check([0, 1], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), 3]))
check([6, 3], for_if_break_ending_with, (('return', None), [3]))
check([4, 3], for_if_break_ending_with, (('raise', 'KeyError'), [3]))
check([5, 4], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), 2]))
check([3, 0, 4], for_if_break_ending_with, (('return', None), [('enter', 1), ('exit', 1, None, False), 3]))
check([7, 3, 4], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), 2, 3]))
check([0, 0, 2], for_if_break_ending_with, (('raise', 'KeyError'), [('enter', 1), ('exit', 1, None, False), 3]))
check([6, 7, 5], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), 2, ('enter', 1), ('exit', 1, 'Stop', False)]))
check([4, 1, 5], for_if_break_ending_with, (('raise', 'KeyError'), [('enter', 1), ('exit', 1, None, False), 2]))
check([2, 7, 5, 2], for_if_break_ending_with, (('raise', 'Stop'), [('enter', 1), ('exit', 1, None, False), 2, ('enter', 1), ('exit', 1, None, False), 3]))
