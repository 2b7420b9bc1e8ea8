import contextlib

@contextlib.contextmanager
def ctx(log, name):
    log.append('enter ' + name)
    yield name
    log.append('exit ' + name)


def use():
    log = []
    with ctx(log, 'a') as a, ctx(log, 'b'):
        log.append(a)
    with ctx(log, 'c'):
        return log

assert use() == ['enter a', 'enter b', 'a', 'exit b', 'exit a', 'enter c', 'exit c']

@contextlib.contextmanager
def pair(log):
    yield log, len(log)


def tuple_target(log):
    with pair(log) as (items, n):
        return items + [n]

assert tuple_target([7]) == [7, 1]

class _Held:
    def __init__(self, swallow=False):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.swallow


def flag_inside(lock, x):
    with lock:
        if x:
            x.append(1)
            return True
        return False


def flag_after(lock, x):
    with lock:
        x.append(2)
    return False

assert flag_inside(_Held(), [0]) is True and flag_inside(_Held(), []) is False
assert flag_after(_Held(), []) is False
assert flag_inside(_Held(True), None) is False
assert flag_inside(_Held(True), 5) is None

def flag_in_try(lock, x):
    # depyf: could not decompile flag_in_try: stack underflow
    #    67           0 RESUME                   0
    #   
    #    68           2 NOP
    #   
    #    69           4 LOAD_FAST                0 (lock)
    #                 6 BEFORE_WITH
    #                 8 POP_TOP
    #   
    #    70          10 LOAD_FAST                1 (x)
    #                12 LOAD_METHOD              0 (append)
    #                34 LOAD_CONST               1 (1)
    #                36 PRECALL                  1
    #                40 CALL                     1
    #                50 POP_TOP
    #   
    #    71          52 NOP
    #   
    #    69          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 PRECALL                  2
    #                64 CALL                     2
    #                74 POP_TOP
    #                76 LOAD_CONST               2 (True)
    #                78 RETURN_VALUE
    #           >>   80 PUSH_EXC_INFO
    #                82 WITH_EXCEPT_START
    #                84 POP_JUMP_FORWARD_IF_TRUE     4 (to 94)
    #                86 RERAISE                  2
    #           >>   88 COPY                     3
    #                90 POP_EXCEPT
    #                92 RERAISE                  1
    #           >>   94 POP_TOP
    #                96 POP_EXCEPT
    #                98 POP_TOP
    #               100 POP_TOP
    #               102 LOAD_CONST               0 (None)
    #               104 RETURN_VALUE
    #           >>  106 PUSH_EXC_INFO
    #   
    #    72         108 LOAD_GLOBAL              2 (KeyError)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_FORWARD_IF_FALSE     4 (to 132)
    #               124 POP_TOP
    #   
    #    73         126 POP_EXCEPT
    #               128 LOAD_CONST               3 (False)
    #               130 RETURN_VALUE
    #   
    #    72     >>  132 RERAISE                  0
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #   ExceptionTable:
    #     4 to 6 -> 106 [0]
    #     8 to 52 -> 80 [1] lasti
    #     54 to 74 -> 106 [0]
    #     80 to 86 -> 88 [3] lasti
    #     88 to 92 -> 106 [0]
    #     94 to 94 -> 88 [3] lasti
    #     96 to 100 -> 106 [0]
    #     106 to 124 -> 134 [1] lasti
    #     132 to 132 -> 134 [1] lasti
    raise RuntimeError('depyf: could not decompile flag_in_try: stack underflow')

assert flag_in_try(_Held(), []) is True and flag_in_try(_Held(True), None) is None
