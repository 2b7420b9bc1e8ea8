def fail_at(k):
    def g(n):
        if n >= k:
            raise KeyError(n)
        return n
    return g


def break_then_raise(g):
    n = 0
    while True:
        n += 1
        try:
            g(n)
        except KeyError:
            break
    raise ValueError(n)

for k in 1, 3:
    try:
        break_then_raise(fail_at(k))
        raised = None
    except ValueError as e:
        raised = (e.args, e.__context__)
    assert raised == ((k,), None)

def named_clause_breaks(g, log):
    n = 0
    while True:
        n += 1
        try:
            g(n)
        except KeyError as e:
            log.append(e.args[0])
            break
        log.append('next')
    return n, log

assert named_clause_breaks(fail_at(2), []) == (2, ['next', 2])

def breaks_in_branches(g, stop):
    n = 0
    while True:
        n += 1
        try:
            v = g(n)
        except KeyError:
            if n > stop:
                break
            continue
        if v == stop:
            break
    return n * 10

assert breaks_in_branches(fail_at(3), 5) == 60
assert breaks_in_branches(fail_at(9), 2) == 20
assert breaks_in_branches(fail_at(3), 0) == 30

def nested_loops_break(rows, g):
    out = []
    for row in rows:
        i = 0
        while True:
            try:
                g(row + i)
            except KeyError:
                break
            i += 1
        out.append(i)
    return out

assert nested_loops_break([0, 2], fail_at(3)) == [3, 1]

def else_branch_breaks(items, marks):
    items = iter(items)
    got = []
    while True:
        try:
            x = next(items)
        except StopIteration:
            try:
                m = marks.pop()
            except IndexError:
                break
            else:
                if m is None:
                    break
                got.append(m)
        else:
            got.append(x)
    return got

assert else_branch_breaks([1], ['b', 'a']) == [1, 'a', 'b']
assert else_branch_breaks([1], ['b', None, 'a']) == [1, 'a']
