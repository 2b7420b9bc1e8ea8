def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        return str(e)[:7]
    except (TypeError, KeyError):
        return 'type'
    else:
        value += 1
    finally:
        print('done')
    return value


def guarded(f):
    try:
        return f()
    except Exception:
        raise RuntimeError('wrapped') from None

assert parse('41') == 42
assert parse('x') == 'invalid'
assert parse(None) == 'type'
