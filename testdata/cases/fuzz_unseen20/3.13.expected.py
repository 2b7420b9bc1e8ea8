
















class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def if_try_finally_while_chain_try_return_with(c, t, x, n, m):
    if c():
        try:
            t(3)
        finally:
            t(6)
        while c() and (c() or c()):
            try:
                return [i for i in n()]
            except E1:
                t(8)
            with m(13) as w:
                t(15)
    return 18


def while_try_return_then_with(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            t(8)
        with m(13) as w:
            t(15)
    return 18


def if_while_try_return_then_with(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            with m(13) as w:
                t(15)
    return 18


def while_try_return_then_if(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            t(8)
        if c():
            t(15)
    return 18


def while_try_return_then_try(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            t(8)
        try:
            t(15)
            x(16)
        except E2:
            t(17)
    return 18


def if_while_try_return_then_code(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            t(15)
    return 18


def if_while_try_return_then_if(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            if c():
                t(15)
    return 18


def if_while_try_return_then_try(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            try:
                x(15)
            except E2:
                t(16)
    return 18


def for_try_return_then_with(c, t, x, n, m):
    for i in n():
        try:
            return x(1)
        except E1:
            t(8)
        with m(13) as w:
            t(15)
    return 18


def while_try_return_then_continue(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            t(8)
        if c():
            continue
        t(15)
    return 18


def while_try_return_then_break_else(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            t(8)
        if c():
            return 18
        t(15)
    t(16)
    return 18


def else_while_try_return_then_with(c, t, x, n, m):
    if c():
        t(2)
    else:
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            with m(13) as w:
                t(15)
    return 18


def while_if_try_return_then_try(c, t, x, n, m):
    while c():
        if c():
            try:
                return x(1)
            except E1:
                t(8)
            try:
                x(15)
            except E2:
                t(16)
        t(17)
    return 18


def if_while_try_return_then_for(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            for i in n():
                t(15)
    return 18


def if_while_try_two_clauses_then_if_else(c, t, x, n, m):
    if c():
        while c():
            try:
                return x(1)
            except E1:
                t(8)
            except E2:
                t(9)
            if c():
                t(15)
            else:
                t(16)
    t(17)


def if_while_and_try_return_then_with(c, t, x, n, m):
    if c():
        while c() and c():
            try:
                return x(1)
            except E1:
                t(8)
            with m(13):
                x(15)
    return 18


def match_case_withs_for_else_return_default_pass(c, t, x, n, m):
    match c() % 3, c() > 0:
        case [0, True]:
            with m(5) as w, m(6):
                for i in n():
                    x(8)
                return 12
        case _:
            pass
    t(39)


def match_case_withs_return_default_pass(c, t, x, n, m):
    match c(), c() > 0:
        case [0, True]:
            with m(5) as w, m(6):
                x(7)
                return 12
        case _:
            pass
    t(39)


def match_case_with_for_else_return_default_code(c, t, x, n, m):
    match c(), c() > 0:
        case [0, True]:
            with m(5) as w:
                for i in n():
                    x(8)
                return 12
        case _:
            t(3)
    t(39)


def match_case_withs_return_default_code(c, t, x, n, m):
    match c(), c() > 0:
        case [0, True]:
            with m(5) as w, m(6):
                for i in n():
                    x(8)
                return 12
        case [1, z]:
            return z
        case _:
            t(3)
    t(39)


def match_case_with_then_return_no_default(c, t, x, n, m):
    match [i for i in n()]:
        case []:
            with m(1):
                x(2)
            return 2


def match_case_with_then_code_two_cases(c, t, x, n, m):
    match c():
        case 1:
            with m(1):
                x(2)
            t(3)
        case 2:
            return 4
    t(5)


def match_case_with_then_return_default_code(c, t, x, n, m):
    match c(), c() > 0:
        case [1, True]:
            with m(1):
                x(2)
            return 3
        case _:
            t(4)
            t(5)
            return None


def match_two_cases_with_return_default_pass(c, t, x, n, m):
    match c(), c() > 0:
        case [1, True]:
            with m(1):
                return x(2)
        case [2, z]:
            with m(3):
                return x(4)
        case _:
            pass
    t(5)


def for_match_case_withs_return_default_pass(c, t, x, n, m):
    for i in n():
        match c(), c() > 0:
            case [1, True]:
                with m(1), m(2):
                    return x(2)
            case _:
                pass
        t(5)


def clause_try_clause_while_true_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(8)
        except E1:
            while True:
                if c():
                    break
    t(9)


def clause_try_else_clause_while_true_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(8)
        except E1:
            while True:
                if c():
                    break
        else:
            t(2)
    t(9)


def named_clause_try_named_clause_while_true_break(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        try:
            x(8)
        except E2 as f:
            while True:
                if c():
                    break
                else:
                    t(3)
    t(9)


def clause_try_clause_while_test_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(8)
        except E1:
            while c():
                if c():
                    break
                else:
                    t(3)
    t(9)


def for_clause_try_clause_while_true_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(8)
                continue
            except E1:
                while True:
                    if c():
                        break
                    else:
                        t(3)
    t(9)


def three_clauses_deep_while_true_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(8)
            except E1:
                while True:
                    if c():
                        break
    t(9)


def clause_try_clause_while_true_break_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(8)
        except E1:
            while True:
                if c():
                    break
                else:
                    continue
        t(5)
    t(9)


def three_clauses_deep(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(8)
            except E1:
                t(3)
    t(9)


def three_clauses_deep_code_after_inner(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(8)
            except E1:
                t(3)
            t(4)
    t(9)


def while_three_clauses_deep_continue(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            try:
                x(2)
            except E1:
                try:
                    x(8)
                except E1:
                    continue
    t(9)


def for_three_clauses_deep_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(2)
                continue
            except E1:
                try:
                    x(8)
                    continue
                except E1:
                    break
    t(9)


def three_clauses_deep_else(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(8)
            except E1:
                t(3)
            else:
                t(4)
    t(9)


def match_sequence_case_while_true_break(c, t, x, n, m):
    match c(), c():
        case [0, 1]:
            while True:
                if c():
                    break
    t(36)


def match_comprehension_case_while_true_break(c, t, x, n, m):
    match [i for i in n()]:
        case [0]:
            while True:
                if c():
                    break
    t(36)


def match_sequence_case_while_test(c, t, x, n, m):
    match c(), c():
        case [0, 1] if c():
            while True:
                t(2)
                if not c():
                    break
    t(36)


def elif_try_for_break_clause_for_break_else_raise(c, t, x, n, m):
    if c():
        pass
    elif c():
        try:
            for i in n():
                x(21)
                break
        except E1:
            for k in n():
                break
            else:
                raise E1(27)
    t(28)


def if_try_clause_for_break_else_raise(c, t, x, n, m):
    if c():
        try:
            x(21)
        except E1:
            for k in n():
                break
            else:
                raise E1(27)
    t(28)


def if_try_return_clause_for_if_break_else_return(c, t, x, n, m):
    if c():
        try:
            x(21)
            return 1
        except E1:
            for k in n():
                if c():
                    break
            else:
                return 5
    t(28)


def while_try_for_break_clause_for_break_then_break(c, t, x, n, m):
    while c():
        try:
            for i in n():
                x(21)
                break
        except E1:
            for k in n():
                break
            else:
                raise E1(27)
            break
        else:
            break
    t(28)


def with_if_nested_withs(c, t, x, n, m):
    with m(4):
        if c():
            with m(5), m(6):
                x(1)


def with_if_with_two_items_else(c, t, x, n, m):
    with m(4):
        if c():
            with m(5), m(6):
                x(1)
        else:
            t(2)


def with_if_with_three_items(c, t, x, n, m):
    with m(4):
        if c():
            with m(5), m(6), m(7):
                x(1)


def with_two_items_if_with_two_items(c, t, x, n, m):
    with m(3), m(4):
        if c():
            with m(5), m(6):
                x(1)


def for_with_if_with_two_items(c, t, x, n, m):
    for i in n():
        with m(4):
            if c():
                with m(5), m(6):
                    x(1)


def with_if_elif_withs(c, t, x, n, m):
    with m(4):
        if c():
            with m(5), m(6):
                x(1)
        elif c():
            with m(7), m(8):
                x(2)


def with_if_withs_then_return(c, t, x, n, m):
    with m(4):
        if c():
            with m(5), m(6):
                x(1)
    return 3


def while_with_if_withs_continue(c, t, x, n, m):
    while c():
        with m(4):
            if c():
                with m(5), m(6):
                    x(1)
                    continue


def while_with_if_with_continue(c, t, x, n, m):
    while c():
        with m(4):
            if c():
                with m(5):
                    x(1)
                    continue


def while_with_if_continue(c, t, x, n, m):
    while c():
        with m(4):
            if c():
                x(1)
                continue


def while_if_withs_continue(c, t, x, n, m):
    while c():
        if c():
            with m(5), m(6):
                x(1)
                continue


def while_with_with_continue(c, t, x, n, m):
    while c():
        with m(4), m(5):
            x(1)
            continue


def while_with_if_with_break_then_code(c, t, x, n, m):
    while c():
        with m(4):
            if c():
                with m(5):
                    x(1)
                    break
            t(2)
    t(3)


def for_with_if_continue_elif_break(c, t, x, n, m):
    for i in n():
        with m(4):
            if c():
                x(1)
                continue
            if c():
                t(5)
                break
            t(2)
    t(3)


def while_with_if_with_continue_else(c, t, x, n, m):
    while c():
        with m(4):
            if c():
                with m(5):
                    x(1)
                    continue
            else:
                t(6)
        t(7)


def for_with_if_with_continue_then_code(c, t, x, n, m):
    for i in n():
        with m(4):
            if c():
                with m(5):
                    continue
            x(2)

assert run([], if_try_finally_while_chain_try_return_with) in ((18, []), FELL)
assert run([1], if_try_finally_while_chain_try_return_with) in ((18, [3, 6]), FELL)
assert run([1, 1, 1], if_try_finally_while_chain_try_return_with) in (([], [3, 6]), FELL)
assert run([1, 1, 1, 1], if_try_finally_while_chain_try_return_with) in (([0], [3, 6]), FELL)
assert run([1, 1, 1, 2], if_try_finally_while_chain_try_return_with) in (([0, 1], [3, 6]), FELL)
assert run([1, 1, 1, 3], if_try_finally_while_chain_try_return_with) in (([0, 1, 2], [3, 6]), FELL)
assert run([], while_try_return_then_with) in ((18, []), FELL)
assert run([1], while_try_return_then_with) in ((None, [-1]), FELL)
assert run([1, 1], while_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([1, 2], while_try_return_then_with) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([1, 1, 1, 1], while_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([1, 1, 1, 2], while_try_return_then_with) in (('E2', [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([], if_while_try_return_then_with) in ((18, []), FELL)
assert run([1, 1], if_while_try_return_then_with) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([1, 1, 2], if_while_try_return_then_with) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 1], if_while_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([], while_try_return_then_if) in ((18, []), FELL)
assert run([1], while_try_return_then_if) in ((None, [-1]), FELL)
assert run([1, 1], while_try_return_then_if) in ((18, [-1, 8]), FELL)
assert run([1, 2], while_try_return_then_if) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_try_return_then_if) in ((18, [-1, 8, 15]), FELL)
assert run([1, 1, 0, 1], while_try_return_then_if) in ((None, [-1, 8, -1]), FELL)
assert run([1, 1, 1, 1], while_try_return_then_if) in ((None, [-1, 8, 15, -1]), FELL)
assert run([], while_try_return_then_try) in ((18, []), FELL)
assert run([1], while_try_return_then_try) in ((None, [-1]), FELL)
assert run([1, 1], while_try_return_then_try) in ((18, [-1, 8, 15, -16]), FELL)
assert run([1, 2], while_try_return_then_try) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_try_return_then_try) in (('E1', [-1, 8, 15, -16]), FELL)
assert run([1, 1, 2], while_try_return_then_try) in ((18, [-1, 8, 15, -16, 17]), FELL)
assert run([1, 1, 0, 1], while_try_return_then_try) in ((None, [-1, 8, 15, -16, -1]), FELL)
assert run([1, 1, 2, 1], while_try_return_then_try) in ((None, [-1, 8, 15, -16, 17, -1]), FELL)
assert run([], if_while_try_return_then_code) in ((18, []), FELL)
assert run([1, 1], if_while_try_return_then_code) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_return_then_code) in ((18, [-1, 8, 15]), FELL)
assert run([1, 1, 2], if_while_try_return_then_code) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 1], if_while_try_return_then_code) in ((None, [-1, 8, 15, -1]), FELL)
assert run([], if_while_try_return_then_if) in ((18, []), FELL)
assert run([1, 1], if_while_try_return_then_if) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_return_then_if) in ((18, [-1, 8]), FELL)
assert run([1, 1, 2], if_while_try_return_then_if) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 1], if_while_try_return_then_if) in ((18, [-1, 8, 15]), FELL)
assert run([], if_while_try_return_then_try) in ((18, []), FELL)
assert run([1, 1], if_while_try_return_then_try) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_return_then_try) in ((18, [-1, 8, -15]), FELL)
assert run([1, 1, 2], if_while_try_return_then_try) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 1], if_while_try_return_then_try) in (('E1', [-1, 8, -15]), FELL)
assert run([1, 1, 1, 2], if_while_try_return_then_try) in ((18, [-1, 8, -15, 16]), FELL)
assert run([], for_try_return_then_with) in ((18, []), FELL)
assert run([1], for_try_return_then_with) in ((None, [-1]), FELL)
assert run([1, 1], for_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([1, 2], for_try_return_then_with) in (('E2', [-1]), FELL)
assert run([2, 1], for_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([2, 1, 1], for_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([2, 1, 2], for_try_return_then_with) in (('E2', [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([3, 1, 1], for_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([3, 1, 1, 1], for_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([3, 1, 1, 2], for_try_return_then_with) in (('E2', [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([], while_try_return_then_continue) in ((18, []), FELL)
assert run([1], while_try_return_then_continue) in ((None, [-1]), FELL)
assert run([1, 1], while_try_return_then_continue) in ((18, [-1, 8, 15]), FELL)
assert run([1, 2], while_try_return_then_continue) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_try_return_then_continue) in ((18, [-1, 8]), FELL)
assert run([1, 1, 0, 1], while_try_return_then_continue) in ((None, [-1, 8, 15, -1]), FELL)
assert run([1, 1, 1, 1], while_try_return_then_continue) in ((None, [-1, 8, -1]), FELL)
assert run([], while_try_return_then_break_else) in ((18, [16]), FELL)
assert run([1], while_try_return_then_break_else) in ((None, [-1]), FELL)
assert run([1, 1], while_try_return_then_break_else) in ((18, [-1, 8, 15, 16]), FELL)
assert run([1, 2], while_try_return_then_break_else) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_try_return_then_break_else) in ((18, [-1, 8]), FELL)
assert run([1, 1, 0, 1], while_try_return_then_break_else) in ((None, [-1, 8, 15, -1]), FELL)
assert run([], else_while_try_return_then_with) in ((18, []), FELL)
assert run([1], else_while_try_return_then_with) in ((18, [2]), FELL)
assert run([0, 1], else_while_try_return_then_with) in ((None, [-1]), FELL)
assert run([0, 1, 1], else_while_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([0, 1, 2], else_while_try_return_then_with) in (('E2', [-1]), FELL)
assert run([0, 1, 1, 1], else_while_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([], while_if_try_return_then_try) in ((18, []), FELL)
assert run([1], while_if_try_return_then_try) in ((18, [17]), FELL)
assert run([1, 1], while_if_try_return_then_try) in ((None, [-1]), FELL)
assert run([1, 0, 1], while_if_try_return_then_try) in ((18, [17, 17]), FELL)
assert run([1, 1, 1], while_if_try_return_then_try) in ((18, [-1, 8, -15, 17]), FELL)
assert run([1, 1, 2], while_if_try_return_then_try) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_if_try_return_then_try) in ((None, [17, -1]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_then_try) in (('E1', [-1, 8, -15]), FELL)
assert run([1, 1, 1, 2], while_if_try_return_then_try) in ((18, [-1, 8, -15, 16, 17]), FELL)
assert run([], if_while_try_return_then_for) in ((18, []), FELL)
assert run([1, 1], if_while_try_return_then_for) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_return_then_for) in ((18, [-1, 8]), FELL)
assert run([1, 1, 2], if_while_try_return_then_for) in (('E2', [-1]), FELL)
assert run([1, 1, 1, 1], if_while_try_return_then_for) in ((18, [-1, 8, 15]), FELL)
assert run([1, 1, 1, 2], if_while_try_return_then_for) in ((18, [-1, 8, 15, 15]), FELL)
assert run([1, 1, 1, 3], if_while_try_return_then_for) in ((18, [-1, 8, 15, 15, 15]), FELL)
assert run([], if_while_try_two_clauses_then_if_else) in ((None, [17]), FELL)
assert run([1, 1], if_while_try_two_clauses_then_if_else) in ((None, [-1]), FELL)
assert run([1, 1, 1], if_while_try_two_clauses_then_if_else) in ((None, [-1, 8, 16, 17]), FELL)
assert run([1, 1, 2], if_while_try_two_clauses_then_if_else) in ((None, [-1, 9, 16, 17]), FELL)
assert run([1, 1, 1, 1], if_while_try_two_clauses_then_if_else) in ((None, [-1, 8, 15, 17]), FELL)
assert run([1, 1, 2, 1], if_while_try_two_clauses_then_if_else) in ((None, [-1, 9, 15, 17]), FELL)
assert run([], if_while_and_try_return_then_with) in ((18, []), FELL)
assert run([1, 1, 1], if_while_and_try_return_then_with) in ((None, [-1]), FELL)
assert run([1, 1, 1, 1], if_while_and_try_return_then_with) in ((18, [-1, 8, ('enter', 13), -15, ('exit', 13, False)]), FELL)
assert run([1, 1, 1, 2], if_while_and_try_return_then_with) in (('E2', [-1]), FELL)
assert run([], match_case_withs_for_else_return_default_pass) in ((None, [39]), FELL)
assert run([0, 1], match_case_withs_for_else_return_default_pass) in ((12, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1], match_case_withs_for_else_return_default_pass) in ((12, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 2], match_case_withs_for_else_return_default_pass) in ((12, [('enter', 5), ('enter', 6), -8, -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 3], match_case_withs_for_else_return_default_pass) in ((12, [('enter', 5), ('enter', 6), -8, -8, -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 1], match_case_withs_for_else_return_default_pass) in (('E1', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 2], match_case_withs_for_else_return_default_pass) in (('E2', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], match_case_withs_return_default_pass) in ((None, [39]), FELL)
assert run([0, 1], match_case_withs_return_default_pass) in ((12, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1], match_case_withs_return_default_pass) in (('E1', [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 2], match_case_withs_return_default_pass) in (('E2', [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 1], match_case_withs_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, True), ('exit', 5, False), 39]), FELL)
assert run([], match_case_with_for_else_return_default_code) in ((None, [3, 39]), FELL)
assert run([0, 1], match_case_with_for_else_return_default_code) in ((12, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([0, 1, 1], match_case_with_for_else_return_default_code) in ((12, [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([0, 1, 2], match_case_with_for_else_return_default_code) in ((12, [('enter', 5), -8, -8, ('exit', 5, False)]), FELL)
assert run([0, 1, 3], match_case_with_for_else_return_default_code) in ((12, [('enter', 5), -8, -8, -8, ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 1], match_case_with_for_else_return_default_code) in (('E1', [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 2], match_case_with_for_else_return_default_code) in (('E2', [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([], match_case_withs_return_default_code) in ((None, [3, 39]), FELL)
assert run([1], match_case_withs_return_default_code) in ((False, []), FELL)
assert run([0, 1], match_case_withs_return_default_code) in ((12, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1], match_case_withs_return_default_code) in ((True, []), FELL)
assert run([0, 1, 1], match_case_withs_return_default_code) in ((12, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 2], match_case_withs_return_default_code) in ((12, [('enter', 5), ('enter', 6), -8, -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 3], match_case_withs_return_default_code) in ((12, [('enter', 5), ('enter', 6), -8, -8, -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 1], match_case_withs_return_default_code) in (('E1', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1, 1, 2], match_case_withs_return_default_code) in (('E2', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], match_case_with_then_return_no_default) in ((2, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], match_case_with_then_return_no_default) in ((None, []), FELL)
assert run([0, 1], match_case_with_then_return_no_default) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2], match_case_with_then_return_no_default) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], match_case_with_then_return_no_default) in ((2, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], match_case_with_then_code_two_cases) in ((None, [5]), FELL)
assert run([1], match_case_with_then_code_two_cases) in ((None, [('enter', 1), -2, ('exit', 1, False), 3, 5]), FELL)
assert run([2], match_case_with_then_code_two_cases) in ((4, []), FELL)
assert run([1, 1], match_case_with_then_code_two_cases) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2], match_case_with_then_code_two_cases) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], match_case_with_then_code_two_cases) in ((None, [('enter', 1), -2, ('exit', 1, True), 3, 5]), FELL)
assert run([], match_case_with_then_return_default_code) in ((None, [4, 5]), FELL)
assert run([1, 1], match_case_with_then_return_default_code) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], match_case_with_then_return_default_code) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], match_case_with_then_return_default_code) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], match_case_with_then_return_default_code) in ((3, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], match_two_cases_with_return_default_pass) in ((None, [5]), FELL)
assert run([2], match_two_cases_with_return_default_pass) in ((None, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], match_two_cases_with_return_default_pass) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], match_two_cases_with_return_default_pass) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], match_two_cases_with_return_default_pass) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([2, 0, 1], match_two_cases_with_return_default_pass) in (('E1', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 0, 2], match_two_cases_with_return_default_pass) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 1, 1], match_two_cases_with_return_default_pass) in ((None, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([2, 0, 1, 1], match_two_cases_with_return_default_pass) in ((None, [('enter', 3), -4, ('exit', 3, True), 5]), FELL)
assert run([], for_match_case_withs_return_default_pass) in ((None, []), FELL)
assert run([1], for_match_case_withs_return_default_pass) in ((None, [5]), FELL)
assert run([2], for_match_case_withs_return_default_pass) in ((None, [5, 5]), FELL)
assert run([3], for_match_case_withs_return_default_pass) in ((None, [5, 5, 5]), FELL)
assert run([1, 1, 1], for_match_case_withs_return_default_pass) in ((None, [('enter', 1), ('enter', 2), -2, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_match_case_withs_return_default_pass) in (('E1', [('enter', 1), ('enter', 2), -2, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2], for_match_case_withs_return_default_pass) in (('E2', [('enter', 1), ('enter', 2), -2, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], clause_try_clause_while_true_break) in ((None, [-1, 9]), FELL)
assert run([1], clause_try_clause_while_true_break) in ((None, [-1, -8, 9]), FELL)
assert run([2], clause_try_clause_while_true_break) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_clause_while_true_break) in (('Budget', [-1, -8]), FELL)
assert run([1, 2], clause_try_clause_while_true_break) in (('E2', [-1, -8]), FELL)
assert run([], clause_try_else_clause_while_true_break) in ((None, [-1, 9]), FELL)
assert run([1], clause_try_else_clause_while_true_break) in ((None, [-1, -8, 2, 9]), FELL)
assert run([2], clause_try_else_clause_while_true_break) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_clause_while_true_break) in (('Budget', [-1, -8]), FELL)
assert run([1, 2], clause_try_else_clause_while_true_break) in (('E2', [-1, -8]), FELL)
assert run([1, 1, 1], clause_try_else_clause_while_true_break) in ((None, [-1, -8, 9]), FELL)
assert run([], named_clause_try_named_clause_while_true_break) in ((None, [-1, 9]), FELL)
assert run([1], named_clause_try_named_clause_while_true_break) in ((None, [-1, -8, 9]), FELL)
assert run([2], named_clause_try_named_clause_while_true_break) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_try_named_clause_while_true_break) in (('E1', [-1, -8]), FELL)
assert run([1, 2], named_clause_try_named_clause_while_true_break) in (('Budget', [-1, -8, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1, 2, 0, 1], named_clause_try_named_clause_while_true_break) in ((None, [-1, -8, 3, 9]), FELL)
assert run([], clause_try_clause_while_test_break) in ((None, [-1, 9]), FELL)
assert run([1], clause_try_clause_while_test_break) in ((None, [-1, -8, 9]), FELL)
assert run([2], clause_try_clause_while_test_break) in (('E2', [-1]), FELL)
assert run([1, 2], clause_try_clause_while_test_break) in (('E2', [-1, -8]), FELL)
assert run([1, 1, 1], clause_try_clause_while_test_break) in ((None, [-1, -8, 3, 9]), FELL)
assert run([], for_clause_try_clause_while_true_break) in ((None, [9]), FELL)
assert run([1], for_clause_try_clause_while_true_break) in ((None, [-1, 9]), FELL)
assert run([2], for_clause_try_clause_while_true_break) in ((None, [-1, -1, 9]), FELL)
assert run([3], for_clause_try_clause_while_true_break) in ((None, [-1, -1, -1, 9]), FELL)
assert run([1, 1], for_clause_try_clause_while_true_break) in ((None, [-1, -8, 9]), FELL)
assert run([1, 2], for_clause_try_clause_while_true_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_clause_try_clause_while_true_break) in ((None, [-1, -8, -1, 9]), FELL)
assert run([3, 1], for_clause_try_clause_while_true_break) in ((None, [-1, -8, -1, -1, 9]), FELL)
assert run([1, 1, 1], for_clause_try_clause_while_true_break) in (('Budget', [-1, -8, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1, 1, 2], for_clause_try_clause_while_true_break) in (('E2', [-1, -8]), FELL)
assert run([], three_clauses_deep_while_true_break) in ((None, [-1, 9]), FELL)
assert run([1], three_clauses_deep_while_true_break) in ((None, [-1, -2, 9]), FELL)
assert run([2], three_clauses_deep_while_true_break) in (('E2', [-1]), FELL)
assert run([1, 1], three_clauses_deep_while_true_break) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 2], three_clauses_deep_while_true_break) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], three_clauses_deep_while_true_break) in (('Budget', [-1, -2, -8]), FELL)
assert run([1, 1, 2], three_clauses_deep_while_true_break) in (('E2', [-1, -2, -8]), FELL)
assert run([], clause_try_clause_while_true_break_then_code) in ((None, [-1, 9]), FELL)
assert run([1], clause_try_clause_while_true_break_then_code) in ((None, [-1, -8, 5, 9]), FELL)
assert run([2], clause_try_clause_while_true_break_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_clause_while_true_break_then_code) in (('Budget', [-1, -8]), FELL)
assert run([1, 2], clause_try_clause_while_true_break_then_code) in (('E2', [-1, -8]), FELL)
assert run([], three_clauses_deep) in ((None, [-1, 9]), FELL)
assert run([1], three_clauses_deep) in ((None, [-1, -2, 9]), FELL)
assert run([2], three_clauses_deep) in (('E2', [-1]), FELL)
assert run([1, 1], three_clauses_deep) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 2], three_clauses_deep) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], three_clauses_deep) in ((None, [-1, -2, -8, 3, 9]), FELL)
assert run([1, 1, 2], three_clauses_deep) in (('E2', [-1, -2, -8]), FELL)
assert run([], three_clauses_deep_code_after_inner) in ((None, [-1, 9]), FELL)
assert run([1], three_clauses_deep_code_after_inner) in ((None, [-1, -2, 9]), FELL)
assert run([2], three_clauses_deep_code_after_inner) in (('E2', [-1]), FELL)
assert run([1, 1], three_clauses_deep_code_after_inner) in ((None, [-1, -2, -8, 4, 9]), FELL)
assert run([1, 2], three_clauses_deep_code_after_inner) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], three_clauses_deep_code_after_inner) in ((None, [-1, -2, -8, 3, 4, 9]), FELL)
assert run([1, 1, 2], three_clauses_deep_code_after_inner) in (('E2', [-1, -2, -8]), FELL)
assert run([], while_three_clauses_deep_continue) in ((None, [9]), FELL)
assert run([1], while_three_clauses_deep_continue) in ((None, [-1, 9]), FELL)
assert run([1, 1], while_three_clauses_deep_continue) in ((None, [-1, -2, 9]), FELL)
assert run([1, 2], while_three_clauses_deep_continue) in (('E2', [-1]), FELL)
assert run([1, 0, 1], while_three_clauses_deep_continue) in ((None, [-1, -1, 9]), FELL)
assert run([1, 1, 1], while_three_clauses_deep_continue) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 1, 2], while_three_clauses_deep_continue) in (('E2', [-1, -2]), FELL)
assert run([1, 0, 1, 1], while_three_clauses_deep_continue) in ((None, [-1, -1, -2, 9]), FELL)
assert run([1, 0, 1, 2], while_three_clauses_deep_continue) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], while_three_clauses_deep_continue) in ((None, [-1, -2, -1, 9]), FELL)
assert run([], for_three_clauses_deep_break) in ((None, [9]), FELL)
assert run([1], for_three_clauses_deep_break) in ((None, [-1, 9]), FELL)
assert run([2], for_three_clauses_deep_break) in ((None, [-1, -1, 9]), FELL)
assert run([3], for_three_clauses_deep_break) in ((None, [-1, -1, -1, 9]), FELL)
assert run([1, 1], for_three_clauses_deep_break) in ((None, [-1, -2, 9]), FELL)
assert run([1, 2], for_three_clauses_deep_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_three_clauses_deep_break) in ((None, [-1, -2, -1, 9]), FELL)
assert run([3, 1], for_three_clauses_deep_break) in ((None, [-1, -2, -1, -1, 9]), FELL)
assert run([1, 1, 1], for_three_clauses_deep_break) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 1, 2], for_three_clauses_deep_break) in (('E2', [-1, -2]), FELL)
assert run([], three_clauses_deep_else) in ((None, [-1, 9]), FELL)
assert run([1], three_clauses_deep_else) in ((None, [-1, -2, 9]), FELL)
assert run([2], three_clauses_deep_else) in (('E2', [-1]), FELL)
assert run([1, 1], three_clauses_deep_else) in ((None, [-1, -2, -8, 4, 9]), FELL)
assert run([1, 2], three_clauses_deep_else) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], three_clauses_deep_else) in ((None, [-1, -2, -8, 3, 9]), FELL)
assert run([1, 1, 2], three_clauses_deep_else) in (('E2', [-1, -2, -8]), FELL)
assert run([], match_sequence_case_while_true_break) in ((None, [36]), FELL)
assert run([0, 1], match_sequence_case_while_true_break) in (('Budget', []), FELL)
assert run([], match_comprehension_case_while_true_break) in ((None, [36]), FELL)
assert run([1], match_comprehension_case_while_true_break) in (('Budget', []), FELL)
assert run([], match_sequence_case_while_test) in ((None, [36]), FELL)
assert run([0, 1, 1], match_sequence_case_while_test) in ((None, [2, 36]), FELL)
assert run([0, 1, 1, 1], match_sequence_case_while_test) in ((None, [2, 2, 36]), FELL)
assert run([], elif_try_for_break_clause_for_break_else_raise) in ((None, [28]), FELL)
assert run([0, 1, 1], elif_try_for_break_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
assert run([0, 1, 1, 1], elif_try_for_break_clause_for_break_else_raise) in (('E1', [-21]), FELL)
assert run([0, 1, 1, 2], elif_try_for_break_clause_for_break_else_raise) in (('E2', [-21]), FELL)
assert run([], if_try_clause_for_break_else_raise) in ((None, [28]), FELL)
assert run([1], if_try_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
assert run([1, 1], if_try_clause_for_break_else_raise) in (('E1', [-21]), FELL)
assert run([1, 2], if_try_clause_for_break_else_raise) in (('E2', [-21]), FELL)
assert run([], if_try_return_clause_for_if_break_else_return) in ((None, [28]), FELL)
assert run([1], if_try_return_clause_for_if_break_else_return) in ((1, [-21]), FELL)
assert run([1, 1], if_try_return_clause_for_if_break_else_return) in ((5, [-21]), FELL)
assert run([1, 2], if_try_return_clause_for_if_break_else_return) in (('E2', [-21]), FELL)
assert run([1, 1, 1, 1], if_try_return_clause_for_if_break_else_return) in ((None, [-21, 28]), FELL)
assert run([], while_try_for_break_clause_for_break_then_break) in ((None, [28]), FELL)
assert run([1, 1], while_try_for_break_clause_for_break_then_break) in ((None, [-21, 28]), FELL)
assert run([1, 1, 1], while_try_for_break_clause_for_break_then_break) in (('E1', [-21]), FELL)
assert run([1, 1, 2], while_try_for_break_clause_for_break_then_break) in (('E2', [-21]), FELL)
assert run([], with_if_nested_withs) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1], with_if_nested_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1], with_if_nested_withs) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], with_if_nested_withs) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], with_if_nested_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], with_if_nested_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([], with_if_with_two_items_else) in ((None, [('enter', 4), 2, ('exit', 4, False)]), FELL)
assert run([1], with_if_with_two_items_else) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1], with_if_with_two_items_else) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], with_if_with_two_items_else) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], with_if_with_two_items_else) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], with_if_with_two_items_else) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([], with_if_with_three_items) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1], with_if_with_three_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), ('enter', 7), -1, ('exit', 7, False), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1], with_if_with_three_items) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), ('enter', 7), -1, ('exit', 7, False), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], with_if_with_three_items) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), ('enter', 7), -1, ('exit', 7, False), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], with_if_with_three_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), ('enter', 7), -1, ('exit', 7, True), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], with_if_with_three_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), ('enter', 7), -1, ('exit', 7, False), ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], with_two_items_if_with_two_items) in ((None, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1], with_two_items_if_with_two_items) in ((None, [('enter', 3), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 1], with_two_items_if_with_two_items) in (('E1', [('enter', 3), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2], with_two_items_if_with_two_items) in (('E2', [('enter', 3), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 1, 1], with_two_items_if_with_two_items) in ((None, [('enter', 3), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 1, 0, 1], with_two_items_if_with_two_items) in ((None, [('enter', 3), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([], for_with_if_with_two_items) in ((None, []), FELL)
assert run([1], for_with_if_with_two_items) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([2], for_with_if_with_two_items) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([3], for_with_if_with_two_items) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1], for_with_if_with_two_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([2, 1], for_with_if_with_two_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([3, 1], for_with_if_with_two_items) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], for_with_if_with_two_items) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 2], for_with_if_with_two_items) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([2, 0, 1], for_with_if_with_two_items) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], with_if_elif_withs) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1], with_if_elif_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1], with_if_elif_withs) in ((None, [('enter', 4), ('enter', 7), ('enter', 8), -2, ('exit', 8, False), ('exit', 7, False), ('exit', 4, False)]), FELL)
assert run([1, 1], with_if_elif_withs) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], with_if_elif_withs) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1, 1], with_if_elif_withs) in (('E1', [('enter', 4), ('enter', 7), ('enter', 8), -2, ('exit', 8, False), ('exit', 7, False), ('exit', 4, False)]), FELL)
assert run([0, 1, 2], with_if_elif_withs) in (('E2', [('enter', 4), ('enter', 7), ('enter', 8), -2, ('exit', 8, False), ('exit', 7, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], with_if_elif_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1, 1, 1], with_if_elif_withs) in ((None, [('enter', 4), ('enter', 7), ('enter', 8), -2, ('exit', 8, True), ('exit', 7, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], with_if_elif_withs) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([], with_if_withs_then_return) in ((3, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1], with_if_withs_then_return) in ((3, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1], with_if_withs_then_return) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], with_if_withs_then_return) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], with_if_withs_then_return) in ((3, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], with_if_withs_then_return) in ((3, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([], while_with_if_withs_continue) in ((None, []), FELL)
assert run([1], while_with_if_withs_continue) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1], while_with_if_withs_continue) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1], while_with_if_withs_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], while_with_if_withs_continue) in (('E1', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 2], while_with_if_withs_continue) in (('E2', [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_if_withs_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], while_with_if_withs_continue) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1, 1], while_with_if_withs_continue) in ((None, [('enter', 4), ('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], while_with_if_with_continue) in ((None, []), FELL)
assert run([1], while_with_if_with_continue) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1], while_with_if_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1], while_with_if_with_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], while_with_if_with_continue) in (('E1', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 2], while_with_if_with_continue) in (('E2', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_if_with_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], while_with_if_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1, 1], while_with_if_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([], while_with_if_continue) in ((None, []), FELL)
assert run([1], while_with_if_continue) in ((None, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1], while_with_if_continue) in ((None, [('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([1, 0, 1], while_with_if_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], while_with_if_continue) in (('E1', [('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([1, 1, 2], while_with_if_continue) in (('E2', [('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_if_continue) in ((None, [('enter', 4), ('exit', 4, False), ('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], while_with_if_continue) in ((None, [('enter', 4), -1, ('exit', 4, False), ('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 1, 1, 1], while_with_if_continue) in ((None, [('enter', 4), -1, ('exit', 4, True)]), FELL)
assert run([], while_if_withs_continue) in ((None, []), FELL)
assert run([1, 1], while_if_withs_continue) in ((None, [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1, 1], while_if_withs_continue) in (('E1', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1, 2], while_if_withs_continue) in (('E2', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1, 1, 1], while_if_withs_continue) in ((None, [('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([], while_with_with_continue) in ((None, []), FELL)
assert run([1], while_with_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1], while_with_with_continue) in (('E1', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 2], while_with_with_continue) in (('E2', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1], while_with_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 1], while_with_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_with_continue) in (('E1', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 2], while_with_with_continue) in (('E2', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], while_with_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, True)]), FELL)
assert run([1, 1, 1, 1], while_with_with_continue) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, True), ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], while_with_if_with_break_then_code) in ((None, [3]), FELL)
assert run([1], while_with_if_with_break_then_code) in ((None, [('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([1, 1], while_with_if_with_break_then_code) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), 3]), FELL)
assert run([1, 0, 1], while_with_if_with_break_then_code) in ((None, [('enter', 4), 2, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([1, 1, 1], while_with_if_with_break_then_code) in (('E1', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 2], while_with_if_with_break_then_code) in (('E2', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_if_with_break_then_code) in ((None, [('enter', 4), 2, ('exit', 4, False), ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), 3]), FELL)
assert run([1, 1, 1, 1], while_with_if_with_break_then_code) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, True), 2, ('exit', 4, False), 3]), FELL)
assert run([], for_with_if_continue_elif_break) in ((None, [3]), FELL)
assert run([1], for_with_if_continue_elif_break) in ((None, [('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([2], for_with_if_continue_elif_break) in ((None, [('enter', 4), 2, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([3], for_with_if_continue_elif_break) in ((None, [('enter', 4), 2, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([1, 1], for_with_if_continue_elif_break) in ((None, [('enter', 4), -1, ('exit', 4, False), 3]), FELL)
assert run([2, 1], for_with_if_continue_elif_break) in ((None, [('enter', 4), -1, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([3, 1], for_with_if_continue_elif_break) in ((None, [('enter', 4), -1, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), ('enter', 4), 2, ('exit', 4, False), 3]), FELL)
assert run([1, 0, 1], for_with_if_continue_elif_break) in ((None, [('enter', 4), 5, ('exit', 4, False), 3]), FELL)
assert run([1, 1, 1], for_with_if_continue_elif_break) in (('E1', [('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([1, 1, 2], for_with_if_continue_elif_break) in (('E2', [('enter', 4), -1, ('exit', 4, False)]), FELL)
assert run([], while_with_if_with_continue_else) in ((None, []), FELL)
assert run([1], while_with_if_with_continue_else) in ((None, [('enter', 4), 6, ('exit', 4, False), 7]), FELL)
assert run([1, 1], while_with_if_with_continue_else) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1], while_with_if_with_continue_else) in ((None, [('enter', 4), 6, ('exit', 4, False), 7, ('enter', 4), 6, ('exit', 4, False), 7]), FELL)
assert run([1, 1, 1], while_with_if_with_continue_else) in (('E1', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 2], while_with_if_with_continue_else) in (('E2', [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 0, 1, 1], while_with_if_with_continue_else) in ((None, [('enter', 4), 6, ('exit', 4, False), 7, ('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1, 1, 0, 1], while_with_if_with_continue_else) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, False), ('exit', 4, False), ('enter', 4), 6, ('exit', 4, False), 7]), FELL)
assert run([1, 1, 1, 1], while_with_if_with_continue_else) in ((None, [('enter', 4), ('enter', 5), -1, ('exit', 5, True), ('exit', 4, False), 7]), FELL)
assert run([], for_with_if_with_continue_then_code) in ((None, []), FELL)
assert run([1], for_with_if_with_continue_then_code) in ((None, [('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([2], for_with_if_with_continue_then_code) in ((None, [('enter', 4), -2, ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([3], for_with_if_with_continue_then_code) in ((None, [('enter', 4), -2, ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([1, 1], for_with_if_with_continue_then_code) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([2, 1], for_with_if_with_continue_then_code) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([3, 1], for_with_if_with_continue_then_code) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False), ('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([1, 0, 1], for_with_if_with_continue_then_code) in (('E1', [('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([1, 0, 2], for_with_if_with_continue_then_code) in (('E2', [('enter', 4), -2, ('exit', 4, False)]), FELL)
assert run([2, 1, 1], for_with_if_with_continue_then_code) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1, 1, 1, 1], match_case_withs_for_else_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -8, ('exit', 6, True), ('exit', 5, False), 39]), FELL)
assert run([0, 1, 1, 2, 0, 1], match_case_withs_for_else_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, True), 39]), FELL)
assert run([0, 1, 1, 2, 1], match_case_withs_for_else_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -8, ('exit', 6, True), ('exit', 5, False), 39]), FELL)
assert run([0, 1, 0], match_case_withs_for_else_return_default_pass) in ((12, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 0], match_case_withs_for_else_return_default_pass) in ((None, [39]), FELL)
assert run([0, 1, 1, 1], match_case_withs_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, True), ('exit', 5, False), 39]), FELL)
assert run([0, 1, 2, 0, 1], match_case_withs_return_default_pass) in ((None, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, True), 39]), FELL)
assert run([0, 1, 0], match_case_withs_return_default_pass) in ((12, [('enter', 5), ('enter', 6), -7, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([2, 1], match_case_withs_return_default_pass) in ((None, [39]), FELL)
assert run([0, 1, 1, 1, 1], match_case_with_for_else_return_default_code) in ((None, [('enter', 5), -8, ('exit', 5, True), 39]), FELL)
assert run([0, 1, 0], match_case_with_for_else_return_default_code) in ((12, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1, 1], match_case_with_for_else_return_default_code) in ((None, [3, 39]), FELL)
assert run([0, 1, 1, 1, 1], match_case_withs_return_default_code) in ((None, [('enter', 5), ('enter', 6), -8, ('exit', 6, True), ('exit', 5, False), 39]), FELL)
assert run([0, 1, 1, 2, 0, 1], match_case_withs_return_default_code) in ((None, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, True), 39]), FELL)
assert run([1, 1], match_case_withs_return_default_code) in ((True, []), FELL)
assert run([2, 0], match_case_withs_return_default_code) in ((None, [3, 39]), FELL)
assert run([1, 1, 1, 1, 1, 0], if_while_and_try_return_then_with) in (('E1', [-1, 8, ('enter', 13), -15, ('exit', 13, False)]), FELL)
assert run([1, 1, 1, 1, 2, 1, 0], if_while_and_try_return_then_with) in ((18, [-1, 8, ('enter', 13), -15, ('exit', 13, True)]), FELL)
assert run([1, 1, 1, 1, 2, 0], if_while_and_try_return_then_with) in (('E2', [-1, 8, ('enter', 13), -15, ('exit', 13, False)]), FELL)
assert run([1, 1, 0], while_try_return_then_with) in ((18, [-1, 8, ('enter', 13), 15, ('exit', 13, False)]), FELL)
assert run([1, 1, 1, 0], while_try_return_then_with) in ((None, [-1, 8, ('enter', 13), 15, ('exit', 13, False), -1]), FELL)
assert run([1, 1, 1, 1, 1], if_try_finally_while_chain_try_return_with) in (([0], [3, 6]), FELL)
assert run([1, 1, 0, 1, 1, 0], if_try_finally_while_chain_try_return_with) in (([0], [3, 6]), FELL)
assert run([0, 1, 1], match_case_with_then_return_no_default) in ((2, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([0, 2, 0], match_case_with_then_return_no_default) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0], match_case_with_then_return_no_default) in ((2, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], match_two_cases_with_return_default_pass) in ((None, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([2, 1, 1, 1], match_two_cases_with_return_default_pass) in ((None, [('enter', 3), -4, ('exit', 3, True), 5]), FELL)
assert run([3, 0], match_two_cases_with_return_default_pass) in ((None, [5]), FELL)
assert run([1, 1, 1, 1, 1, 0], for_match_case_withs_return_default_pass) in ((None, [('enter', 1), ('enter', 2), -2, ('exit', 2, True), ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1, 1, 2, 0, 1, 0], for_match_case_withs_return_default_pass) in (('E1', [('enter', 1), ('enter', 2), -2, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 0], for_match_case_withs_return_default_pass) in ((None, [5]), FELL)
assert run([1, 1, 1, 0, 1], three_clauses_deep_while_true_break) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 1, 1, 0, 0, 1], three_clauses_deep_while_true_break) in ((None, [-1, -2, -8, 9]), FELL)
assert run([1, 1, 0, 1], clause_try_clause_while_true_break_then_code) in ((None, [-1, -8, 5, 9]), FELL)
assert run([1, 1, 0, 0, 1], clause_try_clause_while_true_break_then_code) in ((None, [-1, -8, 5, 9]), FELL)
assert run([0, 1, 1, 1, 1, 1, 1, 0], elif_try_for_break_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
assert run([0, 1, 1, 1, 1, 1, 0], elif_try_for_break_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
assert run([0, 1, 1, 1, 0], elif_try_for_break_clause_for_break_else_raise) in (('E1', [-21]), FELL)
assert run([1, 1, 1, 1, 1, 0], if_try_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
assert run([1, 1, 1, 0], if_try_clause_for_break_else_raise) in ((None, [-21, 28]), FELL)
