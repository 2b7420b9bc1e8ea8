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


def for_while_and_with_continue(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                x(2)
                continue


def for_while_and_with_continue_then_code(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                if c():
                    continue
                t(3)


def for_try_while_clause_if_else_return(c, t, x, n, m):
    for j in n():
        try:
            while c():
                x(4)
        except E1:
            if c():
                pass
            elif c():
                pass
            else:
                return 13
        finally:
            t(16)


def for_try_clause_if_call_else_return(c, t, x, n, m):
    for j in n():
        try:
            x(4)
        except E1:
            if c():
                t(1)
            else:
                return 13
        finally:
            t(16)


def while_true_try_break_then_while_true(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c() or c():
                break
            if c() and c():
                pass


def while_true_try_break_then_loop_code(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c():
                break
            t(5)


def closure_while_true_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def while_then_try_return_then_code(c, t, x, n, m):
    while c():
        t(1)
    try:
        x(12)
        return 13
    except E1:
        pass
    t(15)


def closure_nested_whiles_then_try_return_then_code(c, t, x, n, m):
    def inner():
        while c() or c():
            while c():
                pass
        try:
            x(12)
            return 13
        except E1:
            pass
        t(15)
    return inner()


def for_while_clause_break_else(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def while_while_clause_break_else(c, t, x, n, m):
    while c():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def for_while_clause_break_else_with(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            with m(6) as w:
                t(7)


def for_while_clause_break_then_code(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        t(6)


def while_true_match_or_then_default_match_break(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                t(1)
            case _:
                c()
                break
    t(2)


def closure_while_true_code_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                t(2)
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def while_never_looping_clause_break_through_finally(c, t, x, n, m):
    while c():
        try:
            x(52)
        except E1:
            break
        finally:
            t(54)
        while c():
            t(60)
        break
    t(82)


def closure_while_true_break_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                if c() or c():
                    break
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def try_while_break_else_with_return_finally(c, t, x, n, m):
    try:
        while c():
            if c():
                pass
            elif c():
                pass
            else:
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    except E2 as e:
        pass
    finally:
        t(15)
    t(16)


def try_while_break_else_with_return(c, t, x, n, m):
    try:
        while c():
            if c():
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    t(16)

assert run([], for_while_and_with_continue) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2], for_while_and_with_continue) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], for_while_and_with_continue_then_code) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([2, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([], for_try_while_clause_if_else_return) in ((None, []), FELL)
assert run([1], for_try_while_clause_if_else_return) in ((None, [16]), FELL)
assert run([2], for_try_while_clause_if_else_return) in ((None, [16, 16]), FELL)
assert run([3], for_try_while_clause_if_else_return) in ((None, [16, 16, 16]), FELL)
assert run([1, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16]), FELL)
assert run([2, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16]), FELL)
assert run([3, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16, 16]), FELL)
assert run([1, 1, 1], for_try_while_clause_if_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 1, 2], for_try_while_clause_if_else_return) in (('E2', [-4, 16]), FELL)
assert run([2, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16]), FELL)
assert run([3, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16, 16]), FELL)
assert run([1, 1, 0, 1], for_try_while_clause_if_else_return) in ((None, [-4, -4, 16]), FELL)
assert run([], for_try_clause_if_call_else_return) in ((None, []), FELL)
assert run([1], for_try_clause_if_call_else_return) in ((None, [-4, 16]), FELL)
assert run([2], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16]), FELL)
assert run([3], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16, -4, 16]), FELL)
assert run([1, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16]), FELL)
assert run([1, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16]), FELL)
assert run([2, 0, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16, -4, 16]), FELL)
assert run([2, 0, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16, -4, 16]), FELL)
assert run([2, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16]), FELL)
assert run([3, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16, -4, 16]), FELL)
assert run([2, 0, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 1, 16]), FELL)
assert run([], while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], while_true_try_break_then_loop_code) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 2], while_true_try_break_then_loop_code) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_loop_code) in ((None, [-3]), FELL)
assert run([0, 1, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3, -3]), FELL)
assert run([], closure_while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([1], while_then_try_return_then_code) in ((13, [1, -12]), FELL)
assert run([0, 1], while_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 2], while_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 1], while_then_try_return_then_code) in ((13, [1, 1, -12]), FELL)
assert run([1, 0, 1], while_then_try_return_then_code) in ((None, [1, -12, 15]), FELL)
assert run([1, 0, 2], while_then_try_return_then_code) in (('E2', [1, -12]), FELL)
assert run([1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, -12]), FELL)
assert run([1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, -12, 15]), FELL)
assert run([1, 1, 0, 2], while_then_try_return_then_code) in (('E2', [1, 1, -12]), FELL)
assert run([1, 1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, 1, -12]), FELL)
assert run([1, 1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, 1, -12, 15]), FELL)
assert run([], closure_nested_whiles_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([1, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([2, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([2, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([3, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([3, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([], for_while_clause_break_else) in ((None, []), FELL)
assert run([1], for_while_clause_break_else) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_else) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 1], for_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([], while_while_clause_break_else) in ((None, []), FELL)
assert run([1], while_while_clause_break_else) in ((None, [6]), FELL)
assert run([1, 1], while_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([1, 0, 1], while_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], while_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([1, 0, 1, 1], while_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([1, 1, 0, 1], while_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([1, 0, 1, 0, 1], while_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], while_while_clause_break_else) in ((None, [6, -3]), FELL)
assert run([1, 0, 1, 1, 2], while_while_clause_break_else) in (('E2', [6, -3]), FELL)
assert run([1, 1, 0, 0, 1], while_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([], for_while_clause_break_else_with) in ((None, []), FELL)
assert run([1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 1], for_while_clause_break_else_with) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else_with) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else_with) in ((None, [-3, -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([], for_while_clause_break_then_code) in ((None, []), FELL)
assert run([1], for_while_clause_break_then_code) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_then_code) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_then_code) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 2], for_while_clause_break_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_then_code) in ((None, [-3, -3, 6]), FELL)
assert run([2, 0, 1, 2], for_while_clause_break_then_code) in (('E2', [6, -3]), FELL)
assert run([], while_true_match_or_then_default_match_break) in ((None, [2]), FELL)
assert run([1], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 1, 2]), FELL)
assert run([2], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3]), FELL)
assert run([1], closure_while_true_code_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3]), FELL)
assert run([0, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3]), FELL)
assert run([0, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([], while_never_looping_clause_break_through_finally) in ((None, [82]), FELL)
assert run([1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([1, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 82]), FELL)
assert run([1, 0, 1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 60, 82]), FELL)
assert run([2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([2, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([3, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([2], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([3], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([], try_while_break_else_with_return_finally) in ((10, [('enter', 7), ('exit', 7, False), 15]), FELL)
assert run([1], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([2], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([3], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([], try_while_break_else_with_return) in ((10, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([0, 0, 0, 0, 1, 1], closure_while_true_break_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
