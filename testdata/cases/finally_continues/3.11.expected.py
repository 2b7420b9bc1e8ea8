log = []

def take():
    got = list(log)
    log.clear()
    return got


def continue_in_try(items):
    for k in items:
        try:
            if k:
                pass
        finally:
            log.append(('fin', k))
    return 'done'

assert continue_in_try([1, 0, 2]) == 'done'
assert take() == [('fin', 1), ('fin', 0), ('fin', 2)]

def continue_then_code(items):
    # depyf: could not decompile continue_then_code: conditional jump out of the region at 14
    #    30           0 RESUME                   0
    #   
    #    31           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               126 (to 260)
    #                 8 STORE_FAST               1 (k)
    #   
    #    32          10 NOP
    #   
    #    33          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    30 (to 76)
    #   
    #    34          16 NOP
    #   
    #    36          18 LOAD_GLOBAL              0 (log)
    #                30 LOAD_METHOD              1 (append)
    #                52 LOAD_CONST               1 ('fin')
    #                54 LOAD_FAST                1 (k)
    #                56 BUILD_TUPLE              2
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 JUMP_BACKWARD           35 (to 6)
    #   
    #    33     >>   76 NOP
    #   
    #    36          78 LOAD_GLOBAL              0 (log)
    #                90 LOAD_METHOD              1 (append)
    #               112 LOAD_CONST               1 ('fin')
    #               114 LOAD_FAST                1 (k)
    #               116 BUILD_TUPLE              2
    #               118 PRECALL                  1
    #               122 CALL                     1
    #               132 POP_TOP
    #               134 JUMP_FORWARD            33 (to 202)
    #           >>  136 PUSH_EXC_INFO
    #               138 LOAD_GLOBAL              0 (log)
    #               150 LOAD_METHOD              1 (append)
    #               172 LOAD_CONST               1 ('fin')
    #               174 LOAD_FAST                1 (k)
    #               176 BUILD_TUPLE              2
    #               178 PRECALL                  1
    #               182 CALL                     1
    #               192 POP_TOP
    #               194 RERAISE                  0
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #   
    #    37     >>  202 LOAD_GLOBAL              0 (log)
    #               214 LOAD_METHOD              1 (append)
    #               236 LOAD_CONST               2 ('after')
    #               238 LOAD_FAST                1 (k)
    #               240 BUILD_TUPLE              2
    #               242 PRECALL                  1
    #               246 CALL                     1
    #               256 POP_TOP
    #               258 JUMP_BACKWARD          127 (to 6)
    #   
    #    38     >>  260 LOAD_CONST               3 ('done')
    #               262 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 14 -> 136 [1]
    #     136 to 194 -> 196 [2] lasti
    raise RuntimeError('depyf: could not decompile continue_then_code: conditional jump out of the region at 14')

assert continue_then_code([1, 0, 2]) == 'done'
assert take() == [('fin', 1), ('fin', 0), ('after', 0), ('fin', 2)]

def break_in_try(items):
    # depyf: could not decompile break_in_try: conditional jump out of the region at 14
    #    45           0 RESUME                   0
    #   
    #    46           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                98 (to 204)
    #                 8 STORE_FAST               1 (k)
    #   
    #    47          10 NOP
    #   
    #    48          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    31 (to 78)
    #   
    #    49          16 NOP
    #   
    #    51          18 LOAD_GLOBAL              0 (log)
    #                30 LOAD_METHOD              1 (append)
    #                52 LOAD_CONST               1 ('fin')
    #                54 LOAD_FAST                1 (k)
    #                56 BUILD_TUPLE              2
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 POP_TOP
    #                76 JUMP_FORWARD            63 (to 204)
    #   
    #    48     >>   78 NOP
    #   
    #    51          80 LOAD_GLOBAL              0 (log)
    #                92 LOAD_METHOD              1 (append)
    #               114 LOAD_CONST               1 ('fin')
    #               116 LOAD_FAST                1 (k)
    #               118 BUILD_TUPLE              2
    #               120 PRECALL                  1
    #               124 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_BACKWARD           66 (to 6)
    #           >>  138 PUSH_EXC_INFO
    #               140 LOAD_GLOBAL              0 (log)
    #               152 LOAD_METHOD              1 (append)
    #               174 LOAD_CONST               1 ('fin')
    #               176 LOAD_FAST                1 (k)
    #               178 BUILD_TUPLE              2
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #    52     >>  204 LOAD_CONST               2 ('done')
    #               206 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 14 -> 138 [1]
    #     138 to 196 -> 198 [2] lasti
    raise RuntimeError('depyf: could not decompile break_in_try: conditional jump out of the region at 14')

assert break_in_try([0, 1, 2]) == 'done'
assert take() == [('fin', 0), ('fin', 1)]

def break_then_code(items):
    # depyf: could not decompile break_then_code: conditional jump out of the region at 14
    #    59           0 RESUME                   0
    #   
    #    60           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               127 (to 262)
    #                 8 STORE_FAST               1 (k)
    #   
    #    61          10 NOP
    #   
    #    62          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    31 (to 78)
    #   
    #    63          16 NOP
    #   
    #    65          18 LOAD_GLOBAL              0 (log)
    #                30 LOAD_METHOD              1 (append)
    #                52 LOAD_CONST               1 ('fin')
    #                54 LOAD_FAST                1 (k)
    #                56 BUILD_TUPLE              2
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 POP_TOP
    #                76 JUMP_FORWARD            92 (to 262)
    #   
    #    62     >>   78 NOP
    #   
    #    65          80 LOAD_GLOBAL              0 (log)
    #                92 LOAD_METHOD              1 (append)
    #               114 LOAD_CONST               1 ('fin')
    #               116 LOAD_FAST                1 (k)
    #               118 BUILD_TUPLE              2
    #               120 PRECALL                  1
    #               124 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_FORWARD            33 (to 204)
    #           >>  138 PUSH_EXC_INFO
    #               140 LOAD_GLOBAL              0 (log)
    #               152 LOAD_METHOD              1 (append)
    #               174 LOAD_CONST               1 ('fin')
    #               176 LOAD_FAST                1 (k)
    #               178 BUILD_TUPLE              2
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #    66     >>  204 LOAD_GLOBAL              0 (log)
    #               216 LOAD_METHOD              1 (append)
    #               238 LOAD_CONST               2 ('after')
    #               240 LOAD_FAST                1 (k)
    #               242 BUILD_TUPLE              2
    #               244 PRECALL                  1
    #               248 CALL                     1
    #               258 POP_TOP
    #               260 JUMP_BACKWARD          128 (to 6)
    #   
    #    67     >>  262 LOAD_CONST               3 ('done')
    #               264 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 14 -> 138 [1]
    #     138 to 196 -> 198 [2] lasti
    raise RuntimeError('depyf: could not decompile break_then_code: conditional jump out of the region at 14')

assert break_then_code([0, 1, 2]) == 'done'
assert take() == [('fin', 0), ('after', 0), ('fin', 1)]

def continue_in_else(items):
    # depyf: could not decompile continue_in_else: then-branch jumps over the code after the range at 72
    #    74           0 RESUME                   0
    #   
    #    75           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER               155 (to 318)
    #                 8 STORE_FAST               1 (k)
    #   
    #    76          10 NOP
    #   
    #    77          12 LOAD_FAST                1 (k)
    #                14 POP_JUMP_FORWARD_IF_FALSE    29 (to 74)
    #   
    #    78          16 LOAD_GLOBAL              0 (log)
    #                28 LOAD_METHOD              1 (append)
    #                50 LOAD_CONST               1 ('then')
    #                52 LOAD_FAST                1 (k)
    #                54 BUILD_TUPLE              2
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #                72 JUMP_FORWARD            30 (to 134)
    #   
    #    80     >>   74 NOP
    #   
    #    82          76 LOAD_GLOBAL              0 (log)
    #                88 LOAD_METHOD              1 (append)
    #               110 LOAD_CONST               2 ('fin')
    #               112 LOAD_FAST                1 (k)
    #               114 BUILD_TUPLE              2
    #               116 PRECALL                  1
    #               120 CALL                     1
    #               130 POP_TOP
    #               132 JUMP_BACKWARD           64 (to 6)
    #   
    #    78     >>  134 NOP
    #   
    #    82         136 LOAD_GLOBAL              0 (log)
    #               148 LOAD_METHOD              1 (append)
    #               170 LOAD_CONST               2 ('fin')
    #               172 LOAD_FAST                1 (k)
    #               174 BUILD_TUPLE              2
    #               176 PRECALL                  1
    #               180 CALL                     1
    #               190 POP_TOP
    #               192 JUMP_FORWARD            33 (to 260)
    #           >>  194 PUSH_EXC_INFO
    #               196 LOAD_GLOBAL              0 (log)
    #               208 LOAD_METHOD              1 (append)
    #               230 LOAD_CONST               2 ('fin')
    #               232 LOAD_FAST                1 (k)
    #               234 BUILD_TUPLE              2
    #               236 PRECALL                  1
    #               240 CALL                     1
    #               250 POP_TOP
    #               252 RERAISE                  0
    #           >>  254 COPY                     3
    #               256 POP_EXCEPT
    #               258 RERAISE                  1
    #   
    #    83     >>  260 LOAD_GLOBAL              0 (log)
    #               272 LOAD_METHOD              1 (append)
    #               294 LOAD_CONST               3 ('after')
    #               296 LOAD_FAST                1 (k)
    #               298 BUILD_TUPLE              2
    #               300 PRECALL                  1
    #               304 CALL                     1
    #               314 POP_TOP
    #               316 JUMP_BACKWARD          156 (to 6)
    #   
    #    84     >>  318 LOAD_CONST               4 ('done')
    #               320 RETURN_VALUE
    #   ExceptionTable:
    #     12 to 72 -> 194 [1]
    #     194 to 252 -> 254 [2] lasti
    raise RuntimeError('depyf: could not decompile continue_in_else: then-branch jumps over the code after the range at 72')

assert continue_in_else([1, 0, 2]) == 'done'
assert take() == [('then', 1), ('fin', 1), ('after', 1), ('fin', 0), ('then', 2), ('fin', 2), ('after', 2)]

def while_continue(n):
    # depyf: could not decompile while_continue: conditional jump out of the region at 34
    #    91           0 RESUME                   0
    #   
    #    92     >>    2 LOAD_FAST                0 (n)
    #                 4 LOAD_CONST               1 (0)
    #                 6 COMPARE_OP               4 (>)
    #                12 POP_JUMP_FORWARD_IF_FALSE   138 (to 290)
    #   
    #    93     >>   14 LOAD_FAST                0 (n)
    #                16 LOAD_CONST               2 (1)
    #                18 BINARY_OP               23 (-=)
    #                22 STORE_FAST               0 (n)
    #   
    #    94          24 NOP
    #   
    #    95          26 LOAD_FAST                0 (n)
    #                28 LOAD_CONST               3 (2)
    #                30 BINARY_OP                6 (%)
    #                34 POP_JUMP_FORWARD_IF_FALSE    30 (to 96)
    #   
    #    96          36 NOP
    #   
    #    98          38 LOAD_GLOBAL              0 (log)
    #                50 LOAD_METHOD              1 (append)
    #                72 LOAD_CONST               4 ('fin')
    #                74 LOAD_FAST                0 (n)
    #                76 BUILD_TUPLE              2
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 POP_TOP
    #                94 JUMP_BACKWARD           47 (to 2)
    #   
    #    95     >>   96 NOP
    #   
    #    98          98 LOAD_GLOBAL              0 (log)
    #               110 LOAD_METHOD              1 (append)
    #               132 LOAD_CONST               4 ('fin')
    #               134 LOAD_FAST                0 (n)
    #               136 BUILD_TUPLE              2
    #               138 PRECALL                  1
    #               142 CALL                     1
    #               152 POP_TOP
    #               154 JUMP_FORWARD            33 (to 222)
    #           >>  156 PUSH_EXC_INFO
    #               158 LOAD_GLOBAL              0 (log)
    #               170 LOAD_METHOD              1 (append)
    #               192 LOAD_CONST               4 ('fin')
    #               194 LOAD_FAST                0 (n)
    #               196 BUILD_TUPLE              2
    #               198 PRECALL                  1
    #               202 CALL                     1
    #               212 POP_TOP
    #               214 RERAISE                  0
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #   
    #    99     >>  222 LOAD_GLOBAL              0 (log)
    #               234 LOAD_METHOD              1 (append)
    #               256 LOAD_CONST               5 ('after')
    #               258 LOAD_FAST                0 (n)
    #               260 BUILD_TUPLE              2
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #   
    #    92         278 LOAD_FAST                0 (n)
    #               280 LOAD_CONST               1 (0)
    #               282 COMPARE_OP               4 (>)
    #               288 POP_JUMP_BACKWARD_IF_TRUE   138 (to 14)
    #   
    #   100     >>  290 LOAD_FAST                0 (n)
    #               292 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 34 -> 156 [0]
    #     156 to 214 -> 216 [1] lasti
    raise RuntimeError('depyf: could not decompile while_continue: conditional jump out of the region at 34')

assert while_continue(3) == 0
assert take() == [('fin', 2), ('after', 2), ('fin', 1), ('fin', 0), ('after', 0)]

def while_break(n):
    # depyf: could not decompile while_break: conditional jump out of the region at 36
    #   107           0 RESUME                   0
    #   
    #   108           2 LOAD_FAST                0 (n)
    #                 4 LOAD_CONST               1 (0)
    #                 6 COMPARE_OP               4 (>)
    #                12 POP_JUMP_FORWARD_IF_FALSE   111 (to 236)
    #   
    #   109     >>   14 LOAD_FAST                0 (n)
    #                16 LOAD_CONST               2 (1)
    #                18 BINARY_OP               23 (-=)
    #                22 STORE_FAST               0 (n)
    #   
    #   110          24 NOP
    #   
    #   111          26 LOAD_FAST                0 (n)
    #                28 LOAD_CONST               2 (1)
    #                30 COMPARE_OP               2 (==)
    #                36 POP_JUMP_FORWARD_IF_FALSE    30 (to 98)
    #   
    #   112          38 NOP
    #   
    #   114          40 LOAD_GLOBAL              0 (log)
    #                52 LOAD_METHOD              1 (append)
    #                74 LOAD_CONST               3 ('fin')
    #                76 LOAD_FAST                0 (n)
    #                78 BUILD_TUPLE              2
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #                96 JUMP_FORWARD            69 (to 236)
    #   
    #   111     >>   98 NOP
    #   
    #   114         100 LOAD_GLOBAL              0 (log)
    #               112 LOAD_METHOD              1 (append)
    #               134 LOAD_CONST               3 ('fin')
    #               136 LOAD_FAST                0 (n)
    #               138 BUILD_TUPLE              2
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 JUMP_FORWARD            33 (to 224)
    #           >>  158 PUSH_EXC_INFO
    #               160 LOAD_GLOBAL              0 (log)
    #               172 LOAD_METHOD              1 (append)
    #               194 LOAD_CONST               3 ('fin')
    #               196 LOAD_FAST                0 (n)
    #               198 BUILD_TUPLE              2
    #               200 PRECALL                  1
    #               204 CALL                     1
    #               214 POP_TOP
    #               216 RERAISE                  0
    #           >>  218 COPY                     3
    #               220 POP_EXCEPT
    #               222 RERAISE                  1
    #   
    #   108     >>  224 LOAD_FAST                0 (n)
    #               226 LOAD_CONST               1 (0)
    #               228 COMPARE_OP               4 (>)
    #               234 POP_JUMP_BACKWARD_IF_TRUE   111 (to 14)
    #   
    #   115     >>  236 LOAD_FAST                0 (n)
    #               238 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 36 -> 158 [0]
    #     158 to 216 -> 218 [1] lasti
    raise RuntimeError('depyf: could not decompile while_break: conditional jump out of the region at 36')

assert while_break(4) == 1
assert take() == [('fin', 3), ('fin', 2), ('fin', 1)]
