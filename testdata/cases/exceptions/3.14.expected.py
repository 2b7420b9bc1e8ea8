def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        return str(e)[slice(None, 7, None)]
    except (TypeError, KeyError):
        return 'type'
    else:
        value += 1
        return value
    finally:
        print('done')


def guarded(f):
    try:
        return f()
    except Exception:
        raise RuntimeError('wrapped') from None

assert parse('41') == 42
assert parse('x') == 'invalid'
assert parse(None) == 'type'
