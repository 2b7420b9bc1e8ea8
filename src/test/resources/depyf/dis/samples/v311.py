# 3.11 and later: except*.
def groups(fn):
    try:
        fn()
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        raise
