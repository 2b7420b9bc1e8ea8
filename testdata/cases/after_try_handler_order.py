# The code after a try body whose clauses all leave: an else clause or the code after the statement, which
# run the same; the layout tells them apart when that code holds a statement with a handler of its own (a
# comprehension's cleanup, 3.12+, a nested try or with): the compiler lays cold blocks out in the order it
# made them, and compiles an else clause before the try's handlers, the code after the statement after
# them (TryElses.handlerLaidOutPast). 3.12+ printed site.addsitedir's code after the try as an else clause.
import os


def list_pth(sitedir, seen):
    try:
        names = os.listdir(sitedir)
    except OSError:
        return
    names = [name for name in names if name.endswith('.pth') and not name.startswith('.')]
    for name in sorted(names):
        seen.append(name)
    return names


def list_pth_else(sitedir):
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    else:
        names = [name for name in names if name.endswith('.pth')]
    return names


def nested_try_after(d, key):
    try:
        v = d[key]
    except KeyError:
        return 'missing'
    try:
        return int(v)
    except ValueError:
        return 'bad'


def nested_try_in_else(d, key):
    try:
        v = d[key]
    except KeyError:
        return 'missing'
    else:
        try:
            v = int(v)
        except ValueError:
            return 'bad'
    return v


def retry_then_comprehension(src, limit):
    # (asyncio.tasks.all_tasks: 3.14 fell back, "stack underflow": the jumps of the comprehension after the
    # loop, which no range covers, were taken for the end of a loop only the clause goes round; 3.12, 3.13
    # print the code after the loop as the else clause, the comprehension's cleanup laid out after the
    # handler says otherwise: a layout difference left)
    i = 0
    while True:
        try:
            scheduled = list(src)
        except RuntimeError:
            i += 1
            if i >= limit:
                raise
        else:
            break
    return {t for t in scheduled if t is not None}


def open_or_create(opener, path):
    # (mailbox.MH._open_mh_sequences_file, new in 3.14, fell back there: "except clause jumps back outside
    # a loop": only the last clause goes round, the first try's body returns and its clauses go on to the
    # second try, laid out after that handler; WhileTrue.leavesTryGoingOn)
    while True:
        try:
            return opener(path, 'r+')
        except FileNotFoundError:
            pass
        try:
            return opener(path, 'x+')
        except FileExistsError:
            pass


seen = []
assert list_pth('/nonexistent-depyf-dir', seen) is None and list_pth_else('/nonexistent-depyf-dir') is None
for f in (nested_try_after, nested_try_in_else):
    assert f({}, 'a') == 'missing' and f({'a': 'x'}, 'a') == 'bad' and f({'a': '3'}, 'a') == 3
assert retry_then_comprehension([1, None, 2], 3) == {1, 2}
tries = []


def opener(path, mode):
    tries.append(mode)
    if len(tries) < 3:
        raise FileNotFoundError(path) if mode == 'r+' else FileExistsError(path)
    return mode


assert open_or_create(opener, 'p') == 'r+' and tries == ['r+', 'x+', 'r+']
