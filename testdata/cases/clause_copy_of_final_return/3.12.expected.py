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

VAL = 9

def reduced(c, t, x, n, m):
    if c():
        try:
            try:
                t(4)
                return 6
            except E1:
                pass
        except E1:
            return None
    elif c():
        return None


def elif_calls(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
                return 6
            except E1:
                t(1)
        except E2:
            t(2)
    elif c():
        t(5)


def code_after(c, t, x, n, m):
    # depyf: could not decompile code_after: unstructured backward jump at 116
    #   116           0 RESUME                   0
    #   
    #   117           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       11 (to 38)
    #   
    #   118          16 NOP
    #   
    #   119          18 NOP
    #   
    #   120          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (4)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   124          36 RETURN_CONST             2 (6)
    #   
    #   127     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        8 (to 68)
    #   
    #   128          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               3 (5)
    #                58 CALL                     1
    #                66 POP_TOP
    #   
    #   129     >>   68 PUSH_NULL
    #                70 LOAD_FAST                1 (t)
    #                72 LOAD_CONST               4 (7)
    #                74 CALL                     1
    #                82 POP_TOP
    #                84 RETURN_CONST             0 (None)
    #           >>   86 PUSH_EXC_INFO
    #   
    #   121          88 LOAD_GLOBAL              0 (E1)
    #                98 CHECK_EXC_MATCH
    #               100 POP_JUMP_IF_FALSE        3 (to 108)
    #               102 POP_TOP
    #   
    #   122         104 POP_EXCEPT
    #               106 JUMP_FORWARD             4 (to 116)
    #   
    #   121     >>  108 RERAISE                  0
    #           >>  110 COPY                     3
    #               112 POP_EXCEPT
    #               114 RERAISE                  1
    #   
    #   122     >>  116 JUMP_BACKWARD           25 (to 68)
    #           >>  118 PUSH_EXC_INFO
    #   
    #   125         120 LOAD_GLOBAL              0 (E1)
    #               130 CHECK_EXC_MATCH
    #               132 POP_JUMP_IF_FALSE        3 (to 140)
    #               134 POP_TOP
    #   
    #   126         136 POP_EXCEPT
    #               138 JUMP_BACKWARD           36 (to 68)
    #   
    #   125     >>  140 RERAISE                  0
    #           >>  142 COPY                     3
    #               144 POP_EXCEPT
    #               146 RERAISE                  1
    #   ExceptionTable:
    #     20 to 34 -> 86 [0]
    #     86 to 102 -> 110 [1] lasti
    #     104 to 106 -> 118 [0]
    #     108 to 108 -> 110 [1] lasti
    #     110 to 114 -> 118 [0]
    #     118 to 134 -> 142 [1] lasti
    #     140 to 140 -> 142 [1] lasti
    raise RuntimeError('depyf: could not decompile code_after: unstructured backward jump at 116')


def returns_value(c, t, x, n, m):
    # depyf: could not decompile returns_value: code copied after an except clause's POP_EXCEPT at 140
    #   132           0 RESUME                   0
    #   
    #   133           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       11 (to 38)
    #   
    #   134          16 NOP
    #   
    #   135          18 NOP
    #   
    #   136          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (4)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   140          36 RETURN_CONST             2 (6)
    #   
    #   143     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        8 (to 68)
    #   
    #   144          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               5 (5)
    #                58 CALL                     1
    #                66 POP_TOP
    #   
    #   145     >>   68 LOAD_GLOBAL              4 (VAL)
    #                78 RETURN_VALUE
    #           >>   80 PUSH_EXC_INFO
    #   
    #   137          82 LOAD_GLOBAL              0 (E1)
    #                92 CHECK_EXC_MATCH
    #                94 POP_JUMP_IF_FALSE       11 (to 118)
    #                96 POP_TOP
    #   
    #   138          98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               3 (1)
    #               104 CALL                     1
    #               112 POP_TOP
    #               114 POP_EXCEPT
    #               116 JUMP_FORWARD             4 (to 126)
    #   
    #   137     >>  118 RERAISE                  0
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #   
    #   138     >>  126 NOP
    #   
    #   145         128 LOAD_GLOBAL              4 (VAL)
    #               138 RETURN_VALUE
    #           >>  140 PUSH_EXC_INFO
    #   
    #   141         142 LOAD_GLOBAL              2 (E2)
    #               152 CHECK_EXC_MATCH
    #               154 POP_JUMP_IF_FALSE       16 (to 188)
    #               156 POP_TOP
    #   
    #   142         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               4 (2)
    #               164 CALL                     1
    #               172 POP_TOP
    #               174 POP_EXCEPT
    #   
    #   145         176 LOAD_GLOBAL              4 (VAL)
    #               186 RETURN_VALUE
    #   
    #   141     >>  188 RERAISE                  0
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   ExceptionTable:
    #     20 to 34 -> 80 [0]
    #     80 to 112 -> 120 [1] lasti
    #     114 to 116 -> 140 [0]
    #     118 to 118 -> 120 [1] lasti
    #     120 to 124 -> 140 [0]
    #     140 to 172 -> 190 [1] lasti
    #     188 to 188 -> 190 [1] lasti
    raise RuntimeError("depyf: could not decompile returns_value: code copied after an except clause's POP_EXCEPT at 140")

assert run([], reduced) in ((None, []), FELL)
assert run([1], reduced) in ((6, [4]), FELL)
assert run([], elif_calls) in ((None, []), FELL)
assert run([1], elif_calls) in ((6, [-4]), FELL)
assert run([0, 1], elif_calls) in ((None, [5]), FELL)
assert run([1, 1], elif_calls) in ((None, [-4, 1]), FELL)
assert run([1, 2], elif_calls) in ((None, [-4, 2]), FELL)
assert run([], code_after) in ((None, [7]), FELL)
assert run([1], code_after) in ((6, [-4]), FELL)
assert run([0, 1], code_after) in ((None, [5, 7]), FELL)
assert run([1, 1], code_after) in ((None, [-4, 7]), FELL)
assert run([1, 2], code_after) in (('E2', [-4]), FELL)
assert run([], returns_value) in ((9, []), FELL)
assert run([1], returns_value) in ((6, [-4]), FELL)
assert run([0, 1], returns_value) in ((9, [5]), FELL)
assert run([1, 1], returns_value) in ((9, [-4, 1]), FELL)
assert run([1, 2], returns_value) in ((9, [-4, 2]), FELL)
