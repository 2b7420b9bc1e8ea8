class E1(Exception):
    pass


class E2(Exception):
    pass


class Manager:
    def __init__(self, seen, n):
        self.seen = seen
        self.n = n
    def __enter__(self):
        self.seen.append(('enter', self.n))
    def __exit__(self, *exc):
        self.seen.append(('exit', self.n))
        return False


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
    def m(n):
        return Manager(seen, n)
    try:
        outcome = ('return', f(c, t, x, m))
    except (E1, E2, IndexError, AssertionError) as e:
        outcome = ('raise', type(e).__name__)
    return outcome, seen


def match_rest_then_loop(c, t, x, m):
    match {'k': c()}:
        case {'k': 1}:
            return 1
        case {**rest}:
            t(2)
    while True:
        t(c())


def match_lone_rest_then_loop(c, t, x, m):
    match {'k': c()}:
        case {**rest}:
            pass
    while True:
        t(c())


def nested_while_true_clause_continue(c, t, x, m):
    while c():
        while True:
            if not c():
                break
            try:
                x(3)
            except E2:
                continue


def nested_while_true_return_clause_continue(c, t, x, m):
    v = 5
    while c():
        while True:
            if not c():
                break
            try:
                return v
            except E1:
                pass
            except E2 as e:
                continue


def nested_while_true_continue(c, t, x, m):
    while c():
        while True:
            if not c():
                break
            if c():
                continue
            t(7)


def nested_withs_in_clause(c, t, x, m):
    # depyf: could not decompile nested_withs_in_clause: POP_TOP of WithExit[context=Call[func=Name[id=m], args=[Constant[value=Int[value=22]]], keywords=[]], async=false]
    #   114           0 RESUME                   0
    #   
    #   115           2 NOP
    #   
    #   116           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (20)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 JUMP_FORWARD            97 (to 222)
    #           >>   28 PUSH_EXC_INFO
    #   
    #   117          30 LOAD_GLOBAL              0 (E1)
    #                42 CHECK_EXC_MATCH
    #                44 POP_JUMP_FORWARD_IF_FALSE    84 (to 214)
    #                46 POP_TOP
    #   
    #   118          48 PUSH_NULL
    #                50 LOAD_FAST                3 (m)
    #                52 LOAD_CONST               2 (22)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   119          72 PUSH_NULL
    #                74 LOAD_FAST                3 (m)
    #                76 LOAD_CONST               3 (23)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 BEFORE_WITH
    #                94 POP_TOP
    #   
    #   120          96 PUSH_NULL
    #                98 LOAD_FAST                2 (x)
    #               100 LOAD_CONST               4 (1)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #   
    #   119         118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 PRECALL                  2
    #               128 CALL                     2
    #               138 POP_TOP
    #               140 JUMP_FORWARD            11 (to 164)
    #           >>  142 PUSH_EXC_INFO
    #               144 WITH_EXCEPT_START
    #               146 POP_JUMP_FORWARD_IF_TRUE     4 (to 156)
    #               148 RERAISE                  2
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #           >>  156 POP_TOP
    #               158 POP_EXCEPT
    #               160 POP_TOP
    #               162 POP_TOP
    #   
    #   118     >>  164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 PRECALL                  2
    #               174 CALL                     2
    #               184 POP_TOP
    #               186 JUMP_FORWARD            11 (to 210)
    #           >>  188 PUSH_EXC_INFO
    #               190 WITH_EXCEPT_START
    #               192 POP_JUMP_FORWARD_IF_TRUE     4 (to 202)
    #               194 RERAISE                  2
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #           >>  202 POP_TOP
    #               204 POP_EXCEPT
    #               206 POP_TOP
    #               208 POP_TOP
    #           >>  210 POP_EXCEPT
    #               212 JUMP_FORWARD             4 (to 222)
    #   
    #   117     >>  214 RERAISE                  0
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #   
    #   121     >>  222 PUSH_NULL
    #               224 LOAD_FAST                1 (t)
    #               226 LOAD_CONST               5 (2)
    #               228 PRECALL                  1
    #               232 CALL                     1
    #               242 POP_TOP
    #               244 LOAD_CONST               0 (None)
    #               246 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 24 -> 28 [0]
    #     28 to 68 -> 216 [1] lasti
    #     70 to 92 -> 188 [2] lasti
    #     94 to 116 -> 142 [3] lasti
    #     118 to 140 -> 188 [2] lasti
    #     142 to 148 -> 150 [5] lasti
    #     150 to 154 -> 188 [2] lasti
    #     156 to 156 -> 150 [5] lasti
    #     158 to 162 -> 188 [2] lasti
    #     164 to 186 -> 216 [1] lasti
    #     188 to 194 -> 196 [4] lasti
    #     196 to 200 -> 216 [1] lasti
    #     202 to 202 -> 196 [4] lasti
    #     204 to 208 -> 216 [1] lasti
    #     214 to 214 -> 216 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_withs_in_clause: POP_TOP of WithExit[context=Call[func=Name[id=m], args=[Constant[value=Int[value=22]]], keywords=[]], async=false]')


def nested_withs_then_code_in_clause(c, t, x, m):
    # depyf: could not decompile nested_withs_then_code_in_clause: stack underflow
    #   124           0 RESUME                   0
    #   
    #   125           2 NOP
    #   
    #   126           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (20)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #   127          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    98 (to 244)
    #                48 POP_TOP
    #   
    #   128          50 PUSH_NULL
    #                52 LOAD_FAST                3 (m)
    #                54 LOAD_CONST               2 (22)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #   129          74 PUSH_NULL
    #                76 LOAD_FAST                3 (m)
    #                78 LOAD_CONST               3 (23)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 BEFORE_WITH
    #                96 POP_TOP
    #   
    #   130          98 PUSH_NULL
    #               100 LOAD_FAST                2 (x)
    #               102 LOAD_CONST               4 (1)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #   
    #   129         120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 PRECALL                  2
    #               130 CALL                     2
    #               140 POP_TOP
    #               142 JUMP_FORWARD            11 (to 166)
    #           >>  144 PUSH_EXC_INFO
    #               146 WITH_EXCEPT_START
    #               148 POP_JUMP_FORWARD_IF_TRUE     4 (to 158)
    #               150 RERAISE                  2
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #           >>  158 POP_TOP
    #               160 POP_EXCEPT
    #               162 POP_TOP
    #               164 POP_TOP
    #   
    #   131     >>  166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               5 (2)
    #               172 PRECALL                  1
    #               176 CALL                     1
    #               186 POP_TOP
    #   
    #   128         188 LOAD_CONST               0 (None)
    #               190 LOAD_CONST               0 (None)
    #               192 LOAD_CONST               0 (None)
    #               194 PRECALL                  2
    #               198 CALL                     2
    #               208 POP_TOP
    #               210 POP_EXCEPT
    #               212 LOAD_CONST               0 (None)
    #               214 RETURN_VALUE
    #           >>  216 PUSH_EXC_INFO
    #               218 WITH_EXCEPT_START
    #               220 POP_JUMP_FORWARD_IF_TRUE     4 (to 230)
    #               222 RERAISE                  2
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #           >>  230 POP_TOP
    #               232 POP_EXCEPT
    #               234 POP_TOP
    #               236 POP_TOP
    #               238 POP_EXCEPT
    #               240 LOAD_CONST               0 (None)
    #               242 RETURN_VALUE
    #   
    #   127     >>  244 RERAISE                  0
    #           >>  246 COPY                     3
    #               248 POP_EXCEPT
    #               250 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 70 -> 246 [1] lasti
    #     72 to 94 -> 216 [2] lasti
    #     96 to 118 -> 144 [3] lasti
    #     120 to 142 -> 216 [2] lasti
    #     144 to 150 -> 152 [5] lasti
    #     152 to 156 -> 216 [2] lasti
    #     158 to 158 -> 152 [5] lasti
    #     160 to 186 -> 216 [2] lasti
    #     188 to 208 -> 246 [1] lasti
    #     216 to 222 -> 224 [4] lasti
    #     224 to 228 -> 246 [1] lasti
    #     230 to 230 -> 224 [4] lasti
    #     232 to 236 -> 246 [1] lasti
    #     244 to 244 -> 246 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_withs_then_code_in_clause: stack underflow')


def nested_withs_in_clause_finally(c, t, x, m):
    # depyf: could not decompile nested_withs_in_clause_finally: POP_TOP of WithExit[context=Call[func=Name[id=m], args=[Constant[value=Int[value=22]]], keywords=[]], async=false]
    #   134           0 RESUME                   0
    #   
    #   135           2 NOP
    #   
    #   136           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (20)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 JUMP_FORWARD            87 (to 202)
    #           >>   28 PUSH_EXC_INFO
    #   
    #   137          30 LOAD_GLOBAL              0 (E1)
    #                42 CHECK_EXC_MATCH
    #                44 POP_JUMP_FORWARD_IF_FALSE    74 (to 194)
    #                46 POP_TOP
    #   
    #   138          48 PUSH_NULL
    #                50 LOAD_FAST                3 (m)
    #                52 LOAD_CONST               2 (22)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #                72 PUSH_NULL
    #                74 LOAD_FAST                3 (m)
    #                76 LOAD_CONST               3 (23)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 BEFORE_WITH
    #                94 POP_TOP
    #   
    #   139          96 NOP
    #   
    #   138          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 JUMP_FORWARD            11 (to 144)
    #           >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_FORWARD_IF_TRUE     4 (to 136)
    #               128 RERAISE                  2
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #           >>  136 POP_TOP
    #               138 POP_EXCEPT
    #               140 POP_TOP
    #               142 POP_TOP
    #           >>  144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 LOAD_CONST               0 (None)
    #               150 PRECALL                  2
    #               154 CALL                     2
    #               164 POP_TOP
    #               166 JUMP_FORWARD            11 (to 190)
    #           >>  168 PUSH_EXC_INFO
    #               170 WITH_EXCEPT_START
    #               172 POP_JUMP_FORWARD_IF_TRUE     4 (to 182)
    #               174 RERAISE                  2
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #           >>  182 POP_TOP
    #               184 POP_EXCEPT
    #               186 POP_TOP
    #               188 POP_TOP
    #           >>  190 POP_EXCEPT
    #               192 JUMP_FORWARD             4 (to 202)
    #   
    #   137     >>  194 RERAISE                  0
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #   
    #   141     >>  202 PUSH_NULL
    #               204 LOAD_FAST                1 (t)
    #               206 LOAD_CONST               4 (5)
    #               208 PRECALL                  1
    #               212 CALL                     1
    #               222 POP_TOP
    #               224 LOAD_CONST               0 (None)
    #               226 RETURN_VALUE
    #           >>  228 PUSH_EXC_INFO
    #               230 PUSH_NULL
    #               232 LOAD_FAST                1 (t)
    #               234 LOAD_CONST               4 (5)
    #               236 PRECALL                  1
    #               240 CALL                     1
    #               250 POP_TOP
    #               252 RERAISE                  0
    #           >>  254 COPY                     3
    #               256 POP_EXCEPT
    #               258 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 28 [0]
    #     26 to 26 -> 228 [0]
    #     28 to 68 -> 196 [1] lasti
    #     70 to 92 -> 168 [2] lasti
    #     94 to 94 -> 122 [3] lasti
    #     98 to 120 -> 168 [2] lasti
    #     122 to 128 -> 130 [5] lasti
    #     130 to 134 -> 168 [2] lasti
    #     136 to 136 -> 130 [5] lasti
    #     138 to 142 -> 168 [2] lasti
    #     144 to 166 -> 196 [1] lasti
    #     168 to 174 -> 176 [4] lasti
    #     176 to 180 -> 196 [1] lasti
    #     182 to 182 -> 176 [4] lasti
    #     184 to 188 -> 196 [1] lasti
    #     190 to 192 -> 228 [0]
    #     194 to 194 -> 196 [1] lasti
    #     196 to 200 -> 228 [0]
    #     228 to 252 -> 254 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_withs_in_clause_finally: POP_TOP of WithExit[context=Call[func=Name[id=m], args=[Constant[value=Int[value=22]]], keywords=[]], async=false]')

assert run([0, 2, 0], match_rest_then_loop) == (('raise', 'IndexError'), [2, 2, 0])
assert run([3, 3, 3, 1, 0, 3, 0, 3], match_rest_then_loop) == (('raise', 'IndexError'), [2, 0, 3, 0, 1, 3, 3, 3])
assert run([0, 3, 2, 1, 0, 2, 0], match_rest_then_loop) == (('raise', 'IndexError'), [2, 2, 0, 1, 2, 3, 0])
assert run([0], match_rest_then_loop) == (('raise', 'IndexError'), [2])
assert run([3, 0, 1, 3], match_rest_then_loop) == (('raise', 'IndexError'), [2, 1, 0, 3])
assert run([0, 2, 0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [2, 0])
assert run([3, 3, 3, 1, 0, 3, 0, 3], match_lone_rest_then_loop) == (('raise', 'IndexError'), [0, 3, 0, 1, 3, 3, 3])
assert run([0, 3, 2, 1, 0, 2, 0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [2, 0, 1, 2, 3, 0])
assert run([0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [])
assert run([3, 0, 1, 3], match_lone_rest_then_loop) == (('raise', 'IndexError'), [1, 0, 3])
assert run([0, 2, 0], nested_while_true_clause_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_clause_continue) == (('raise', 'IndexError'), [-3])
assert run([3], nested_while_true_clause_continue) == (('raise', 'IndexError'), [])
assert run([1, 2, 1, 1, 3, 2, 0, 3], nested_while_true_clause_continue) == (('raise', 'E1'), [])
assert run([2, 3, 1, 2, 0, 2, 1], nested_while_true_clause_continue) == (('raise', 'E1'), [-3])
assert run([0, 2, 0], nested_while_true_return_clause_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_return_clause_continue) == (('return', 5), [])
assert run([3], nested_while_true_return_clause_continue) == (('raise', 'IndexError'), [])
assert run([0, 2, 0], nested_while_true_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_continue) == (('raise', 'IndexError'), [])
assert run([3, 0, 1, 3], nested_while_true_continue) == (('raise', 'IndexError'), [7])
assert run([0, 1, 0, 3, 1, 0, 1], nested_while_true_continue) == (('raise', 'IndexError'), [7, 7])
assert run([1, 0, 2, 0, 3, 0, 3, 1], nested_while_true_continue) == (('raise', 'IndexError'), [7, 7, 7])
assert run([0, 2, 0], nested_withs_in_clause) == (('return', None), [-20, 2])
assert run([1, 2], nested_withs_in_clause) == (('raise', 'E2'), [])
assert run([0, 1], nested_withs_in_clause) == (('return', None), [('enter', 22), ('enter', 23), -1, ('exit', 23), ('exit', 22), 2])
assert run([2, 1], nested_withs_in_clause) == (('raise', 'E2'), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22)])
assert run([0], nested_withs_in_clause) == (('return', None), [-20, 2])
assert run([0, 2, 0], nested_withs_then_code_in_clause) == (('return', None), [-20])
assert run([1, 2], nested_withs_then_code_in_clause) == (('raise', 'E2'), [])
assert run([0, 1], nested_withs_then_code_in_clause) == (('return', None), [('enter', 22), ('enter', 23), -1, ('exit', 23), 2, ('exit', 22)])
assert run([2, 1], nested_withs_then_code_in_clause) == (('raise', 'E2'), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22)])
assert run([0], nested_withs_then_code_in_clause) == (('return', None), [-20])
assert run([0, 2, 0], nested_withs_in_clause_finally) == (('return', None), [-20, 5])
assert run([1, 2], nested_withs_in_clause_finally) == (('raise', 'E2'), [5])
assert run([0, 1], nested_withs_in_clause_finally) == (('return', None), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22), 5])
assert run([2, 1], nested_withs_in_clause_finally) == (('return', None), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22), 5])
assert run([0], nested_withs_in_clause_finally) == (('return', None), [-20, 5])
