import os

def list_pth(sitedir, seen):
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    names = [name for name in names if name.endswith('.pth') if not name.startswith('.')]
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
        else:
            return v


def retry_then_comprehension(src, limit):
    i = 0
    while True:
        try:
            scheduled = list(src)
        except RuntimeError:
            i += 1
            if i >= limit:
                raise
            continue
        return {t for t in scheduled if t is not None}


def open_or_create(opener, path):
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
for f in nested_try_after, nested_try_in_else:
    assert f({}, 'a') == 'missing' and f({'a': 'x'}, 'a') == 'bad' and f({'a': '3'}, 'a') == 3
assert retry_then_comprehension([1, None, 2], 3) == {1, 2}
tries = []

def opener(path, mode):
    tries.append(mode)
    if len(tries) < 3:
        if mode == 'r+':
            raise FileNotFoundError(path)
        raise FileExistsError(path)
    return mode

assert open_or_create(opener, 'p') == 'r+' and tries == ['r+', 'x+', 'r+']
