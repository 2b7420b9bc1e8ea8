class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = object()

def run(answers, f):
    "f's trace and outcome, the answers of c() taken from the end of the list."
    seen = []
    answers = list(answers)
    def c():
        return answers.pop()
    def t(n):
        seen.append(n)
    def x(n):
        a = c()
        if a == 1:
            raise E1(n)
        if a == 2:
            raise E2(n)
        seen.append(-n)
    try:
        outcome = ('return', f(c, t, x))
    except (E1, E2) as e:
        outcome = ('raise', type(e).__name__)
    except RuntimeError as e:
        if not str(e).startswith('depyf:'):
            raise
        return FELL
    return outcome, seen


def return_try(c, t, x):
    t(1)
    try:
        return 9
    except E1:
        t(2)


def return_try_then(c, t, x):
    t(1)
    try:
        return 9
    except E1:
        t(2)
    t(3)


def empty_try_then(c, t, x):
    t(1)
    try:
        pass
    except E1:
        t(2)
    t(3)


def empty_try_in_clause(c, t, x):
    try:
        x(1)
    except E1:
        try:
            pass
        except E2:
            t(2)
    t(3)


def return_try_in_clause(c, t, x):
    try:
        x(1)
    except E1:
        try:
            return 4
        except E2:
            t(2)
    t(3)


def return_try_in_named_clause(c, t, x):
    try:
        x(1)
    except E1 as e:
        try:
            pass
        except E2:
            t(2)
        else:
            return 4
    t(3)


def return_try_in_loop(c, t, x):
    for i in range(c()):
        try:
            return 9
        except E1:
            t(2)
            continue
    t(3)


def return_try_through_finally(c, t, x):
    try:
        try:
            if c():
                t(5)
        except E1:
            try:
                return 26
            except E1:
                pass
        except E2 as e:
            pass
        finally:
            t(39)
    except E1:
        return None


def check(f, answers, want):
    got = run(answers, f)
    assert not (got is not FELL and not got == want), (f.__name__, answers, got, want)

check(return_try, [], (('return', 9), [1]))
check(return_try_then, [], (('return', 9), [1]))
check(empty_try_then, [], (('return', None), [1, 3]))
check(empty_try_in_clause, [0], (('return', None), [-1, 3]))
check(empty_try_in_clause, [1], (('return', None), [3]))
check(empty_try_in_clause, [2], (('raise', 'E2'), []))
check(return_try_in_clause, [0], (('return', None), [-1, 3]))
check(return_try_in_clause, [1], (('return', 4), []))
check(return_try_in_clause, [2], (('raise', 'E2'), []))
check(return_try_in_named_clause, [0], (('return', None), [-1, 3]))
check(return_try_in_named_clause, [1], (('return', 4), []))
check(return_try_in_loop, [0], (('return', None), [3]))
check(return_try_in_loop, [2], (('return', 9), []))
check(return_try_through_finally, [1], (('return', None), [5, 39]))
check(return_try_through_finally, [0], (('return', None), [39]))
