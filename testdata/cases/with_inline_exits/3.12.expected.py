log = []

def raiser(exc):
    def f(*args):
        log.append(('raise', exc.__name__) + args)
        raise exc(*args)
    return f


def quiet(*args):
    log.append(('ok',) + args)
    return args


class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)

FELL = object()

def run(f, args):
    "f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        return type(e).__name__


def with_break_in_loop_try(items, m, r):
    # depyf: could not decompile with_break_in_loop_try: a with suppressing leaves the region at 40
    #    52           0 RESUME                   0
    #   
    #    53           2 LOAD_FAST                0 (items)
    #                 4 POP_JUMP_IF_FALSE       64 (to 134)
    #   
    #    54     >>    6 NOP
    #   
    #    55           8 LOAD_FAST                0 (items)
    #                10 LOAD_ATTR                1 (NULL|self + pop)
    #                30 CALL                     0
    #                38 POP_JUMP_IF_FALSE       19 (to 78)
    #   
    #    56          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #    57          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #   
    #    56          58 SWAP                     2
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 RETURN_VALUE
    #   
    #    59     >>   78 LOAD_FAST                0 (items)
    #                80 POP_JUMP_IF_FALSE        1 (to 84)
    #   
    #    60          82 RETURN_CONST             1 (1)
    #   
    #    59     >>   84 NOP
    #   
    #    63          86 LOAD_GLOBAL              4 (log)
    #                96 LOAD_ATTR                7 (NULL|self + append)
    #               116 LOAD_CONST               3 ('more')
    #               118 CALL                     1
    #               126 POP_TOP
    #   
    #    53         128 LOAD_FAST                0 (items)
    #               130 POP_JUMP_IF_FALSE        1 (to 134)
    #               132 JUMP_BACKWARD           64 (to 6)
    #   
    #    64     >>  134 RETURN_CONST             4 ('after')
    #   
    #    56     >>  136 PUSH_EXC_INFO
    #               138 WITH_EXCEPT_START
    #               140 POP_JUMP_IF_TRUE         1 (to 144)
    #               142 RERAISE                  2
    #           >>  144 POP_TOP
    #               146 POP_EXCEPT
    #               148 POP_TOP
    #               150 POP_TOP
    #   
    #    58         152 NOP
    #   
    #    64         154 RETURN_CONST             4 ('after')
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #           >>  162 PUSH_EXC_INFO
    #   
    #    61         164 LOAD_GLOBAL              2 (KeyError)
    #               174 CHECK_EXC_MATCH
    #               176 POP_JUMP_IF_FALSE        3 (to 184)
    #               178 POP_TOP
    #   
    #    62         180 POP_EXCEPT
    #               182 RETURN_CONST             2 (2)
    #   
    #    61     >>  184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   ExceptionTable:
    #     8 to 42 -> 162 [0]
    #     44 to 56 -> 136 [1] lasti
    #     58 to 74 -> 162 [0]
    #     78 to 80 -> 162 [0]
    #     136 to 144 -> 156 [3] lasti
    #     146 to 150 -> 162 [0]
    #     156 to 160 -> 162 [0]
    #     162 to 178 -> 186 [1] lasti
    #     184 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile with_break_in_loop_try: a with suppressing leaves the region at 40')


def with_continue_in_for_try(items, m, r):
    # depyf: could not decompile with_continue_in_for_try: a with suppressing leaves the region at 18
    #    67           0 RESUME                   0
    #   
    #    68           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                69 (to 148)
    #                10 STORE_FAST               3 (x)
    #   
    #    69          12 NOP
    #   
    #    70          14 LOAD_FAST                3 (x)
    #                16 POP_JUMP_IF_FALSE       21 (to 60)
    #   
    #    71          18 LOAD_FAST                1 (m)
    #                20 BEFORE_WITH
    #                22 POP_TOP
    #   
    #    72          24 PUSH_NULL
    #                26 LOAD_FAST                2 (r)
    #                28 CALL                     0
    #   
    #    71          36 SWAP                     2
    #                38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #                54 SWAP                     2
    #                56 POP_TOP
    #                58 RETURN_VALUE
    #   
    #    75     >>   60 LOAD_GLOBAL              0 (log)
    #                70 LOAD_ATTR                3 (NULL|self + append)
    #                90 LOAD_FAST                3 (x)
    #                92 CALL                     1
    #               100 POP_TOP
    #               102 NOP
    #   
    #    78         104 LOAD_GLOBAL              0 (log)
    #               114 LOAD_ATTR                3 (NULL|self + append)
    #               134 LOAD_CONST               2 ('more')
    #               136 CALL                     1
    #               144 POP_TOP
    #               146 JUMP_BACKWARD           71 (to 6)
    #   
    #    68     >>  148 END_FOR
    #   
    #    79         150 RETURN_CONST             3 ('after')
    #   
    #    71     >>  152 PUSH_EXC_INFO
    #               154 WITH_EXCEPT_START
    #               156 POP_JUMP_IF_TRUE         1 (to 160)
    #               158 RERAISE                  2
    #           >>  160 POP_TOP
    #               162 POP_EXCEPT
    #               164 POP_TOP
    #               166 POP_TOP
    #               168 JUMP_FORWARD             3 (to 176)
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #   
    #    73     >>  176 JUMP_BACKWARD           86 (to 6)
    #           >>  178 PUSH_EXC_INFO
    #   
    #    76         180 LOAD_GLOBAL              4 (KeyError)
    #               190 CHECK_EXC_MATCH
    #               192 POP_JUMP_IF_FALSE        4 (to 202)
    #               194 POP_TOP
    #   
    #    77         196 POP_EXCEPT
    #               198 POP_TOP
    #               200 RETURN_CONST             1 (2)
    #   
    #    76     >>  202 RERAISE                  0
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #   ExceptionTable:
    #     14 to 20 -> 178 [1]
    #     22 to 34 -> 152 [2] lasti
    #     36 to 52 -> 178 [1]
    #     60 to 100 -> 178 [1]
    #     152 to 160 -> 170 [4] lasti
    #     162 to 174 -> 178 [1]
    #     178 to 194 -> 204 [2] lasti
    #     202 to 202 -> 204 [2] lasti
    raise RuntimeError('depyf: could not decompile with_continue_in_for_try: a with suppressing leaves the region at 18')


def with_continue_in_loop(items, m, r):
    # depyf: could not decompile with_continue_in_loop: a with suppressing leaves the region at 38
    #    82           0 RESUME                   0
    #   
    #    83     >>    2 LOAD_FAST                0 (items)
    #                 4 POP_JUMP_IF_FALSE       62 (to 130)
    #   
    #    84     >>    6 LOAD_FAST                0 (items)
    #                 8 LOAD_ATTR                1 (NULL|self + pop)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_FALSE       19 (to 76)
    #   
    #    85          38 LOAD_FAST                1 (m)
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #    86          44 PUSH_NULL
    #                46 LOAD_FAST                2 (r)
    #                48 CALL                     0
    #   
    #    85          56 SWAP                     2
    #                58 LOAD_CONST               0 (None)
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 CALL                     2
    #                72 POP_TOP
    #                74 RETURN_VALUE
    #   
    #    88     >>   76 LOAD_FAST                0 (items)
    #                78 POP_JUMP_IF_FALSE        1 (to 82)
    #   
    #    89          80 RETURN_CONST             1 (1)
    #   
    #    90     >>   82 LOAD_GLOBAL              2 (log)
    #                92 LOAD_ATTR                5 (NULL|self + append)
    #               112 LOAD_CONST               2 ('more')
    #               114 CALL                     1
    #               122 POP_TOP
    #   
    #    83         124 LOAD_FAST                0 (items)
    #               126 POP_JUMP_IF_FALSE        1 (to 130)
    #               128 JUMP_BACKWARD           62 (to 6)
    #   
    #    91     >>  130 RETURN_CONST             3 ('after')
    #   
    #    85     >>  132 PUSH_EXC_INFO
    #               134 WITH_EXCEPT_START
    #               136 POP_JUMP_IF_TRUE         1 (to 140)
    #               138 RERAISE                  2
    #           >>  140 POP_TOP
    #               142 POP_EXCEPT
    #               144 POP_TOP
    #               146 POP_TOP
    #               148 JUMP_FORWARD             3 (to 156)
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #    87     >>  156 JUMP_BACKWARD           78 (to 2)
    #   ExceptionTable:
    #     42 to 54 -> 132 [1] lasti
    #     132 to 140 -> 150 [3] lasti
    raise RuntimeError('depyf: could not decompile with_continue_in_loop: a with suppressing leaves the region at 38')


def with_continue_in_while_true(items, m, r):
    # depyf: could not decompile with_continue_in_while_true: a with suppressing leaves the region at 38
    #    94           0 RESUME                   0
    #   
    #    95     >>    2 NOP
    #   
    #    96     >>    4 NOP
    #   
    #    97           6 LOAD_FAST                0 (items)
    #                 8 LOAD_ATTR                1 (NULL|self + pop)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_FALSE       19 (to 76)
    #   
    #    98          38 LOAD_FAST                1 (m)
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #    99          44 PUSH_NULL
    #                46 LOAD_FAST                2 (r)
    #                48 CALL                     0
    #   
    #    98          56 SWAP                     2
    #                58 LOAD_CONST               0 (None)
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 CALL                     2
    #                72 POP_TOP
    #                74 RETURN_VALUE
    #   
    #   101     >>   76 LOAD_FAST                0 (items)
    #                78 POP_JUMP_IF_FALSE        1 (to 82)
    #   
    #   102          80 RETURN_CONST             1 (1)
    #   
    #   101     >>   82 NOP
    #   
    #   105          84 LOAD_GLOBAL              6 (log)
    #                94 LOAD_ATTR                9 (NULL|self + append)
    #               114 LOAD_CONST               3 ('more')
    #               116 CALL                     1
    #               124 POP_TOP
    #   
    #    95         126 JUMP_BACKWARD           62 (to 4)
    #   
    #    98     >>  128 PUSH_EXC_INFO
    #               130 WITH_EXCEPT_START
    #               132 POP_JUMP_IF_TRUE         1 (to 136)
    #               134 RERAISE                  2
    #           >>  136 POP_TOP
    #               138 POP_EXCEPT
    #               140 POP_TOP
    #               142 POP_TOP
    #               144 JUMP_FORWARD             3 (to 152)
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #   
    #   100     >>  152 JUMP_BACKWARD           76 (to 2)
    #           >>  154 PUSH_EXC_INFO
    #   
    #   103         156 LOAD_GLOBAL              2 (KeyError)
    #               166 LOAD_GLOBAL              4 (IndexError)
    #               176 BUILD_TUPLE              2
    #               178 CHECK_EXC_MATCH
    #               180 POP_JUMP_IF_FALSE        3 (to 188)
    #               182 POP_TOP
    #   
    #   104         184 POP_EXCEPT
    #               186 RETURN_CONST             2 (2)
    #   
    #   103     >>  188 RERAISE                  0
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   ExceptionTable:
    #     6 to 40 -> 154 [0]
    #     42 to 54 -> 128 [1] lasti
    #     56 to 72 -> 154 [0]
    #     76 to 78 -> 154 [0]
    #     128 to 136 -> 146 [3] lasti
    #     138 to 150 -> 154 [0]
    #     154 to 182 -> 190 [1] lasti
    #     188 to 188 -> 190 [1] lasti
    raise RuntimeError('depyf: could not decompile with_continue_in_while_true: a with suppressing leaves the region at 38')


def with_const_continue_in_loop_try(items, m, r):
    # depyf: could not decompile with_const_continue_in_loop_try: a with suppressing leaves the region at 40
    #   108           0 RESUME                   0
    #   
    #   109     >>    2 LOAD_FAST                0 (items)
    #                 4 POP_JUMP_IF_FALSE       65 (to 136)
    #   
    #   110     >>    6 NOP
    #   
    #   111           8 LOAD_FAST                0 (items)
    #                10 LOAD_ATTR                1 (NULL|self + pop)
    #                30 CALL                     0
    #                38 POP_JUMP_IF_FALSE       20 (to 80)
    #   
    #   112          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #   113          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #                58 POP_TOP
    #   
    #   114          60 NOP
    #   
    #   112          62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 LOAD_CONST               0 (None)
    #                68 CALL                     2
    #                76 POP_TOP
    #                78 RETURN_CONST             1 (3)
    #   
    #   116     >>   80 LOAD_FAST                0 (items)
    #                82 POP_JUMP_IF_FALSE        1 (to 86)
    #   
    #   117          84 RETURN_CONST             2 (1)
    #   
    #   116     >>   86 NOP
    #   
    #   120          88 LOAD_GLOBAL              4 (log)
    #                98 LOAD_ATTR                7 (NULL|self + append)
    #               118 LOAD_CONST               4 ('more')
    #               120 CALL                     1
    #               128 POP_TOP
    #   
    #   109         130 LOAD_FAST                0 (items)
    #               132 POP_JUMP_IF_FALSE        1 (to 136)
    #               134 JUMP_BACKWARD           65 (to 6)
    #   
    #   121     >>  136 RETURN_CONST             5 ('after')
    #   
    #   112     >>  138 PUSH_EXC_INFO
    #               140 WITH_EXCEPT_START
    #               142 POP_JUMP_IF_TRUE         1 (to 146)
    #               144 RERAISE                  2
    #           >>  146 POP_TOP
    #               148 POP_EXCEPT
    #               150 POP_TOP
    #               152 POP_TOP
    #               154 JUMP_FORWARD             3 (to 162)
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   
    #   115     >>  162 JUMP_BACKWARD           81 (to 2)
    #           >>  164 PUSH_EXC_INFO
    #   
    #   118         166 LOAD_GLOBAL              2 (KeyError)
    #               176 CHECK_EXC_MATCH
    #               178 POP_JUMP_IF_FALSE        3 (to 186)
    #               180 POP_TOP
    #   
    #   119         182 POP_EXCEPT
    #               184 RETURN_CONST             3 (2)
    #   
    #   118     >>  186 RERAISE                  0
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #   ExceptionTable:
    #     8 to 42 -> 164 [0]
    #     44 to 60 -> 138 [1] lasti
    #     62 to 76 -> 164 [0]
    #     80 to 82 -> 164 [0]
    #     138 to 146 -> 156 [3] lasti
    #     148 to 160 -> 164 [0]
    #     164 to 180 -> 188 [1] lasti
    #     186 to 186 -> 188 [1] lasti
    raise RuntimeError('depyf: could not decompile with_const_continue_in_loop_try: a with suppressing leaves the region at 40')


def with_break_in_inner_for_try(items, m, r):
    # depyf: could not decompile with_break_in_inner_for_try: a with suppressing leaves the region at 28
    #   124           0 RESUME                   0
    #   
    #   125           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                77 (to 164)
    #                10 STORE_FAST               3 (x)
    #   
    #   126          12 LOAD_FAST                3 (x)
    #                14 GET_ITER
    #           >>   16 FOR_ITER                49 (to 118)
    #                20 STORE_FAST               4 (y)
    #   
    #   127          22 NOP
    #   
    #   128          24 LOAD_FAST                4 (y)
    #                26 POP_JUMP_IF_FALSE       23 (to 74)
    #   
    #   129          28 LOAD_FAST                1 (m)
    #                30 BEFORE_WITH
    #                32 POP_TOP
    #   
    #   130          34 PUSH_NULL
    #                36 LOAD_FAST                2 (r)
    #                38 CALL                     0
    #   
    #   129          46 SWAP                     2
    #                48 LOAD_CONST               0 (None)
    #                50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 CALL                     2
    #                62 POP_TOP
    #                64 SWAP                     2
    #                66 POP_TOP
    #                68 SWAP                     2
    #                70 POP_TOP
    #                72 RETURN_VALUE
    #   
    #   132     >>   74 LOAD_GLOBAL              0 (log)
    #                84 LOAD_ATTR                3 (NULL|self + append)
    #               104 LOAD_FAST                4 (y)
    #               106 CALL                     1
    #               114 POP_TOP
    #               116 JUMP_BACKWARD           51 (to 16)
    #   
    #   126     >>  118 END_FOR
    #   
    #   135     >>  120 LOAD_GLOBAL              0 (log)
    #               130 LOAD_ATTR                3 (NULL|self + append)
    #               150 LOAD_CONST               2 ('more')
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 JUMP_BACKWARD           79 (to 6)
    #   
    #   125     >>  164 END_FOR
    #   
    #   136         166 RETURN_CONST             3 ('after')
    #   
    #   129     >>  168 PUSH_EXC_INFO
    #               170 WITH_EXCEPT_START
    #               172 POP_JUMP_IF_TRUE         1 (to 176)
    #               174 RERAISE                  2
    #           >>  176 POP_TOP
    #               178 POP_EXCEPT
    #               180 POP_TOP
    #               182 POP_TOP
    #               184 JUMP_FORWARD             3 (to 192)
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #   131     >>  192 POP_TOP
    #               194 JUMP_BACKWARD           38 (to 120)
    #           >>  196 PUSH_EXC_INFO
    #   
    #   133         198 LOAD_GLOBAL              4 (KeyError)
    #               208 CHECK_EXC_MATCH
    #               210 POP_JUMP_IF_FALSE        5 (to 222)
    #               212 POP_TOP
    #   
    #   134         214 POP_EXCEPT
    #               216 POP_TOP
    #               218 POP_TOP
    #               220 RETURN_CONST             1 (2)
    #   
    #   133     >>  222 RERAISE                  0
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #   ExceptionTable:
    #     24 to 30 -> 196 [2]
    #     32 to 44 -> 168 [3] lasti
    #     46 to 62 -> 196 [2]
    #     74 to 114 -> 196 [2]
    #     168 to 176 -> 186 [5] lasti
    #     178 to 190 -> 196 [2]
    #     196 to 212 -> 224 [3] lasti
    #     222 to 222 -> 224 [3] lasti
    raise RuntimeError('depyf: could not decompile with_break_in_inner_for_try: a with suppressing leaves the region at 28')


def three_withs_const(a, m, r):
    # depyf: could not decompile three_withs_const: a with's suppressing path and its normal exit go on apart at 94
    #   139           0 RESUME                   0
    #   
    #   140           2 NOP
    #   
    #   141           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       68 (to 144)
    #   
    #   142           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   143          40 LOAD_GLOBAL              1 (NULL + Manager)
    #                50 LOAD_GLOBAL              4 (TypeError)
    #                60 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   144          72 LOAD_FAST                1 (m)
    #                74 BEFORE_WITH
    #                76 POP_TOP
    #   
    #   145          78 PUSH_NULL
    #                80 LOAD_FAST                2 (r)
    #                82 CALL                     0
    #                90 POP_TOP
    #   
    #   146          92 NOP
    #   
    #   144          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #   
    #   143         110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 LOAD_CONST               0 (None)
    #               116 CALL                     2
    #               124 POP_TOP
    #   
    #   142         126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 LOAD_CONST               0 (None)
    #               132 CALL                     2
    #               140 POP_TOP
    #               142 RETURN_CONST             1 (3)
    #   
    #   148     >>  144 RETURN_CONST             2 (1)
    #   
    #   144     >>  146 PUSH_EXC_INFO
    #               148 WITH_EXCEPT_START
    #               150 POP_JUMP_IF_TRUE         1 (to 154)
    #               152 RERAISE                  2
    #           >>  154 POP_TOP
    #               156 POP_EXCEPT
    #               158 POP_TOP
    #               160 POP_TOP
    #               162 JUMP_FORWARD             3 (to 170)
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #           >>  170 NOP
    #   
    #   143         172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 CALL                     2
    #               186 POP_TOP
    #               188 JUMP_FORWARD            12 (to 214)
    #           >>  190 PUSH_EXC_INFO
    #               192 WITH_EXCEPT_START
    #               194 POP_JUMP_IF_TRUE         1 (to 198)
    #               196 RERAISE                  2
    #           >>  198 POP_TOP
    #               200 POP_EXCEPT
    #               202 POP_TOP
    #               204 POP_TOP
    #               206 JUMP_FORWARD             3 (to 214)
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #   
    #   142     >>  214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 LOAD_CONST               0 (None)
    #               220 CALL                     2
    #               228 POP_TOP
    #   
    #   151         230 RETURN_CONST             4 ('after')
    #   
    #   142     >>  232 PUSH_EXC_INFO
    #               234 WITH_EXCEPT_START
    #               236 POP_JUMP_IF_TRUE         1 (to 240)
    #               238 RERAISE                  2
    #           >>  240 POP_TOP
    #               242 POP_EXCEPT
    #               244 POP_TOP
    #               246 POP_TOP
    #   
    #   151         248 RETURN_CONST             4 ('after')
    #           >>  250 COPY                     3
    #               252 POP_EXCEPT
    #               254 RERAISE                  1
    #           >>  256 PUSH_EXC_INFO
    #   
    #   149         258 LOAD_GLOBAL              6 (IndexError)
    #               268 CHECK_EXC_MATCH
    #               270 POP_JUMP_IF_FALSE        3 (to 278)
    #               272 POP_TOP
    #   
    #   150         274 POP_EXCEPT
    #               276 RETURN_CONST             3 (2)
    #   
    #   149     >>  278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 256 [0]
    #     38 to 68 -> 232 [1] lasti
    #     70 to 74 -> 190 [2] lasti
    #     76 to 92 -> 146 [3] lasti
    #     94 to 108 -> 190 [2] lasti
    #     110 to 124 -> 232 [1] lasti
    #     126 to 140 -> 256 [0]
    #     146 to 154 -> 164 [5] lasti
    #     156 to 168 -> 190 [2] lasti
    #     172 to 188 -> 232 [1] lasti
    #     190 to 198 -> 208 [4] lasti
    #     200 to 212 -> 232 [1] lasti
    #     214 to 228 -> 256 [0]
    #     232 to 240 -> 250 [3] lasti
    #     242 to 246 -> 256 [0]
    #     250 to 254 -> 256 [0]
    #     256 to 272 -> 280 [1] lasti
    #     278 to 278 -> 280 [1] lasti
    raise RuntimeError("depyf: could not decompile three_withs_const: a with's suppressing path and its normal exit go on apart at 94")


def nested_with_const_in_if(a, m, r):
    # depyf: could not decompile nested_with_const_in_if: a with's suppressing path and its normal exit go on apart at 60
    #   154           0 RESUME                   0
    #   
    #   155           2 LOAD_FAST                0 (a)
    #                 4 POP_JUMP_IF_FALSE       44 (to 94)
    #   
    #   156           6 LOAD_GLOBAL              1 (NULL + Manager)
    #                16 LOAD_GLOBAL              2 (KeyError)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   157          38 LOAD_FAST                1 (m)
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #   158          44 PUSH_NULL
    #                46 LOAD_FAST                2 (r)
    #                48 CALL                     0
    #                56 POP_TOP
    #   
    #   159          58 NOP
    #   
    #   157          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #   
    #   156          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #                92 RETURN_CONST             1 (3)
    #   
    #   161     >>   94 RETURN_CONST             2 (1)
    #   
    #   157     >>   96 PUSH_EXC_INFO
    #                98 WITH_EXCEPT_START
    #               100 POP_JUMP_IF_TRUE         1 (to 104)
    #               102 RERAISE                  2
    #           >>  104 POP_TOP
    #               106 POP_EXCEPT
    #               108 POP_TOP
    #               110 POP_TOP
    #               112 JUMP_FORWARD             3 (to 120)
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #           >>  120 NOP
    #   
    #   156         122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 CALL                     2
    #               136 POP_TOP
    #   
    #   162         138 RETURN_CONST             3 ('after')
    #   
    #   156     >>  140 PUSH_EXC_INFO
    #               142 WITH_EXCEPT_START
    #               144 POP_JUMP_IF_TRUE         1 (to 148)
    #               146 RERAISE                  2
    #           >>  148 POP_TOP
    #               150 POP_EXCEPT
    #               152 POP_TOP
    #               154 POP_TOP
    #   
    #   162         156 RETURN_CONST             3 ('after')
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #   ExceptionTable:
    #     36 to 40 -> 140 [1] lasti
    #     42 to 58 -> 96 [2] lasti
    #     60 to 74 -> 140 [1] lasti
    #     96 to 104 -> 114 [4] lasti
    #     106 to 118 -> 140 [1] lasti
    #     140 to 148 -> 158 [3] lasti
    raise RuntimeError("depyf: could not decompile nested_with_const_in_if: a with's suppressing path and its normal exit go on apart at 60")


def nested_with_const_then_log(a, m, r):
    # depyf: could not decompile nested_with_const_then_log: a with's suppressing path and its normal exit go on apart at 56
    #   165           0 RESUME                   0
    #   
    #   166           2 LOAD_GLOBAL              1 (NULL + Manager)
    #                12 LOAD_GLOBAL              2 (KeyError)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 POP_TOP
    #   
    #   167          34 LOAD_FAST                1 (m)
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   168          40 PUSH_NULL
    #                42 LOAD_FAST                2 (r)
    #                44 CALL                     0
    #                52 POP_TOP
    #   
    #   169          54 NOP
    #   
    #   167          56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 LOAD_CONST               0 (None)
    #                62 CALL                     2
    #                70 POP_TOP
    #   
    #   166          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 CALL                     2
    #                86 POP_TOP
    #                88 RETURN_CONST             1 (3)
    #   
    #   167     >>   90 PUSH_EXC_INFO
    #                92 WITH_EXCEPT_START
    #                94 POP_JUMP_IF_TRUE         1 (to 98)
    #                96 RERAISE                  2
    #           >>   98 POP_TOP
    #               100 POP_EXCEPT
    #               102 POP_TOP
    #               104 POP_TOP
    #               106 JUMP_FORWARD             3 (to 114)
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #   
    #   170     >>  114 LOAD_GLOBAL              4 (log)
    #               124 LOAD_ATTR                7 (NULL|self + append)
    #               144 LOAD_CONST               2 ('inner')
    #               146 CALL                     1
    #               154 POP_TOP
    #   
    #   166         156 LOAD_CONST               0 (None)
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 CALL                     2
    #               170 POP_TOP
    #   
    #   171         172 RETURN_CONST             3 (4)
    #   
    #   166     >>  174 PUSH_EXC_INFO
    #               176 WITH_EXCEPT_START
    #               178 POP_JUMP_IF_TRUE         1 (to 182)
    #               180 RERAISE                  2
    #           >>  182 POP_TOP
    #               184 POP_EXCEPT
    #               186 POP_TOP
    #               188 POP_TOP
    #   
    #   171         190 RETURN_CONST             3 (4)
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #   ExceptionTable:
    #     32 to 36 -> 174 [1] lasti
    #     38 to 54 -> 90 [2] lasti
    #     56 to 70 -> 174 [1] lasti
    #     90 to 98 -> 108 [4] lasti
    #     100 to 154 -> 174 [1] lasti
    #     174 to 182 -> 192 [3] lasti
    raise RuntimeError("depyf: could not decompile nested_with_const_then_log: a with's suppressing path and its normal exit go on apart at 56")


def else_with_log_return(a, m, r):
    try:
        if a:
            with m:
                r()
            return 'after'
        with m:
            log.append('other')
        log.append('x')
        return 1
    except IndexError:
        return 2


def else_with_return_value(a, m, r):
    # depyf: could not decompile else_with_return_value: a statement (Return) after return in the same block (a misread layout)
    #   189           0 RESUME                   0
    #   
    #   190           2 NOP
    #   
    #   191           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       19 (to 46)
    #   
    #   192           8 LOAD_FAST                1 (m)
    #                10 BEFORE_WITH
    #                12 POP_TOP
    #   
    #   193          14 PUSH_NULL
    #                16 LOAD_FAST                2 (r)
    #                18 CALL                     0
    #                26 POP_TOP
    #   
    #   192          28 LOAD_CONST               0 (None)
    #                30 LOAD_CONST               0 (None)
    #                32 LOAD_CONST               0 (None)
    #                34 CALL                     2
    #                42 POP_TOP
    #   
    #   200          44 RETURN_CONST             3 ('after')
    #   
    #   195     >>   46 LOAD_FAST                1 (m)
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   196          52 LOAD_GLOBAL              0 (log)
    #                62 LOAD_ATTR                3 (NULL|self + append)
    #                82 LOAD_CONST               1 ('other')
    #                84 CALL                     1
    #                92 POP_TOP
    #   
    #   195          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #   
    #   197         110 LOAD_FAST                0 (a)
    #               112 RETURN_VALUE
    #   
    #   192     >>  114 PUSH_EXC_INFO
    #               116 WITH_EXCEPT_START
    #               118 POP_JUMP_IF_TRUE         1 (to 122)
    #               120 RERAISE                  2
    #           >>  122 POP_TOP
    #               124 POP_EXCEPT
    #               126 POP_TOP
    #               128 POP_TOP
    #   
    #   200         130 RETURN_CONST             3 ('after')
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   195     >>  138 PUSH_EXC_INFO
    #               140 WITH_EXCEPT_START
    #               142 POP_JUMP_IF_TRUE         1 (to 146)
    #               144 RERAISE                  2
    #           >>  146 POP_TOP
    #               148 POP_EXCEPT
    #               150 POP_TOP
    #               152 POP_TOP
    #   
    #   197         154 LOAD_FAST                0 (a)
    #               156 RETURN_VALUE
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 PUSH_EXC_INFO
    #   
    #   198         166 LOAD_GLOBAL              4 (IndexError)
    #               176 CHECK_EXC_MATCH
    #               178 POP_JUMP_IF_FALSE        3 (to 186)
    #               180 POP_TOP
    #   
    #   199         182 POP_EXCEPT
    #               184 RETURN_CONST             2 (2)
    #   
    #   198     >>  186 RERAISE                  0
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #   ExceptionTable:
    #     4 to 10 -> 164 [0]
    #     12 to 26 -> 114 [1] lasti
    #     28 to 42 -> 164 [0]
    #     46 to 48 -> 164 [0]
    #     50 to 92 -> 138 [1] lasti
    #     94 to 110 -> 164 [0]
    #     114 to 122 -> 132 [3] lasti
    #     124 to 128 -> 164 [0]
    #     132 to 136 -> 164 [0]
    #     138 to 146 -> 158 [3] lasti
    #     148 to 154 -> 164 [0]
    #     158 to 162 -> 164 [0]
    #     164 to 180 -> 188 [1] lasti
    #     186 to 186 -> 188 [1] lasti
    raise RuntimeError('depyf: could not decompile else_with_return_value: a statement (Return) after return in the same block (a misread layout)')


def elif_with_return(a, b, m, r):
    try:
        if a:
            with m:
                r()
            return 'after'
        if b:
            with m:
                log.append('other')
            return 1
        return 4
    except IndexError:
        return 2


def else_with_return_in_loop(a, m, r):
    # depyf: could not decompile else_with_return_in_loop: a statement (ExprStmt) after return in the same block (a misread layout)
    #   219           0 RESUME                   0
    #   
    #   220           2 LOAD_FAST                0 (a)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                79 (to 168)
    #                10 STORE_FAST               3 (x)
    #   
    #   221          12 NOP
    #   
    #   222          14 LOAD_FAST                3 (x)
    #                16 POP_JUMP_IF_FALSE       19 (to 56)
    #   
    #   223          18 LOAD_FAST                1 (m)
    #                20 BEFORE_WITH
    #                22 POP_TOP
    #   
    #   224          24 PUSH_NULL
    #                26 LOAD_FAST                2 (r)
    #                28 CALL                     0
    #                36 POP_TOP
    #   
    #   223          38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #                54 JUMP_FORWARD            34 (to 124)
    #   
    #   226     >>   56 LOAD_FAST                1 (m)
    #                58 BEFORE_WITH
    #                60 POP_TOP
    #   
    #   227          62 LOAD_GLOBAL              0 (log)
    #                72 LOAD_ATTR                3 (NULL|self + append)
    #                92 LOAD_CONST               1 ('other')
    #                94 CALL                     1
    #               102 POP_TOP
    #   
    #   226         104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 CALL                     2
    #               118 POP_TOP
    #   
    #   228         120 POP_TOP
    #               122 RETURN_CONST             2 (1)
    #   
    #   231     >>  124 LOAD_GLOBAL              0 (log)
    #               134 LOAD_ATTR                3 (NULL|self + append)
    #               154 LOAD_CONST               4 ('more')
    #               156 CALL                     1
    #               164 POP_TOP
    #               166 JUMP_BACKWARD           81 (to 6)
    #   
    #   220     >>  168 END_FOR
    #   
    #   232         170 RETURN_CONST             5 ('after')
    #   
    #   223     >>  172 PUSH_EXC_INFO
    #               174 WITH_EXCEPT_START
    #               176 POP_JUMP_IF_TRUE         1 (to 180)
    #               178 RERAISE                  2
    #           >>  180 POP_TOP
    #               182 POP_EXCEPT
    #               184 POP_TOP
    #               186 POP_TOP
    #               188 JUMP_BACKWARD           33 (to 124)
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   
    #   226     >>  196 PUSH_EXC_INFO
    #               198 WITH_EXCEPT_START
    #               200 POP_JUMP_IF_TRUE         1 (to 204)
    #               202 RERAISE                  2
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #   
    #   228         212 POP_TOP
    #               214 RETURN_CONST             2 (1)
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #           >>  222 PUSH_EXC_INFO
    #   
    #   229         224 LOAD_GLOBAL              4 (IndexError)
    #               234 CHECK_EXC_MATCH
    #               236 POP_JUMP_IF_FALSE        4 (to 246)
    #               238 POP_TOP
    #   
    #   230         240 POP_EXCEPT
    #               242 POP_TOP
    #               244 RETURN_CONST             3 (2)
    #   
    #   229     >>  246 RERAISE                  0
    #           >>  248 COPY                     3
    #               250 POP_EXCEPT
    #               252 RERAISE                  1
    #   ExceptionTable:
    #     14 to 20 -> 222 [1]
    #     22 to 36 -> 172 [2] lasti
    #     38 to 58 -> 222 [1]
    #     60 to 102 -> 196 [2] lasti
    #     104 to 118 -> 222 [1]
    #     172 to 180 -> 190 [4] lasti
    #     182 to 194 -> 222 [1]
    #     196 to 204 -> 216 [4] lasti
    #     206 to 210 -> 222 [1]
    #     216 to 220 -> 222 [1]
    #     222 to 238 -> 248 [2] lasti
    #     246 to 246 -> 248 [2] lasti
    raise RuntimeError('depyf: could not decompile else_with_return_in_loop: a statement (ExprStmt) after return in the same block (a misread layout)')


def else_nested_with_return(a, m, r):
    # depyf: could not decompile else_nested_with_return: a with suppressing leaves the region at 8
    #   235           0 RESUME                   0
    #   
    #   236           2 NOP
    #   
    #   237           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       30 (to 68)
    #   
    #   238           8 LOAD_FAST                1 (m)
    #                10 BEFORE_WITH
    #                12 POP_TOP
    #   
    #   239          14 LOAD_FAST                1 (m)
    #                16 BEFORE_WITH
    #                18 POP_TOP
    #   
    #   240          20 PUSH_NULL
    #                22 LOAD_FAST                2 (r)
    #                24 CALL                     0
    #                32 POP_TOP
    #   
    #   239          34 LOAD_CONST               0 (None)
    #                36 LOAD_CONST               0 (None)
    #                38 LOAD_CONST               0 (None)
    #                40 CALL                     2
    #                48 POP_TOP
    #   
    #   238     >>   50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 CALL                     2
    #                64 POP_TOP
    #   
    #   248          66 RETURN_CONST             4 ('after')
    #   
    #   242     >>   68 LOAD_FAST                1 (m)
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #   243          74 LOAD_FAST                1 (m)
    #                76 BEFORE_WITH
    #                78 POP_TOP
    #   
    #   244          80 LOAD_GLOBAL              0 (log)
    #                90 LOAD_ATTR                3 (NULL|self + append)
    #               110 LOAD_CONST               1 ('other')
    #               112 CALL                     1
    #               120 POP_TOP
    #   
    #   243         122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 CALL                     2
    #               136 POP_TOP
    #   
    #   242     >>  138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 LOAD_CONST               0 (None)
    #               144 CALL                     2
    #               152 POP_TOP
    #   
    #   245         154 RETURN_CONST             2 (1)
    #   
    #   239     >>  156 PUSH_EXC_INFO
    #               158 WITH_EXCEPT_START
    #               160 POP_JUMP_IF_TRUE         1 (to 164)
    #               162 RERAISE                  2
    #           >>  164 POP_TOP
    #               166 POP_EXCEPT
    #               168 POP_TOP
    #               170 POP_TOP
    #               172 JUMP_BACKWARD           62 (to 50)
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   
    #   238     >>  180 PUSH_EXC_INFO
    #               182 WITH_EXCEPT_START
    #               184 POP_JUMP_IF_TRUE         1 (to 188)
    #               186 RERAISE                  2
    #           >>  188 POP_TOP
    #               190 POP_EXCEPT
    #               192 POP_TOP
    #               194 POP_TOP
    #   
    #   248         196 RETURN_CONST             4 ('after')
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #   243     >>  204 PUSH_EXC_INFO
    #               206 WITH_EXCEPT_START
    #               208 POP_JUMP_IF_TRUE         1 (to 212)
    #               210 RERAISE                  2
    #           >>  212 POP_TOP
    #               214 POP_EXCEPT
    #               216 POP_TOP
    #               218 POP_TOP
    #               220 JUMP_BACKWARD           42 (to 138)
    #           >>  222 COPY                     3
    #               224 POP_EXCEPT
    #               226 RERAISE                  1
    #   
    #   242     >>  228 PUSH_EXC_INFO
    #               230 WITH_EXCEPT_START
    #               232 POP_JUMP_IF_TRUE         1 (to 236)
    #               234 RERAISE                  2
    #           >>  236 POP_TOP
    #               238 POP_EXCEPT
    #               240 POP_TOP
    #               242 POP_TOP
    #   
    #   245         244 RETURN_CONST             2 (1)
    #           >>  246 COPY                     3
    #               248 POP_EXCEPT
    #               250 RERAISE                  1
    #           >>  252 PUSH_EXC_INFO
    #   
    #   246         254 LOAD_GLOBAL              4 (IndexError)
    #               264 CHECK_EXC_MATCH
    #               266 POP_JUMP_IF_FALSE        3 (to 274)
    #               268 POP_TOP
    #   
    #   247         270 POP_EXCEPT
    #               272 RETURN_CONST             3 (2)
    #   
    #   246     >>  274 RERAISE                  0
    #           >>  276 COPY                     3
    #               278 POP_EXCEPT
    #               280 RERAISE                  1
    #   ExceptionTable:
    #     4 to 10 -> 252 [0]
    #     12 to 16 -> 180 [1] lasti
    #     18 to 32 -> 156 [2] lasti
    #     34 to 48 -> 180 [1] lasti
    #     50 to 64 -> 252 [0]
    #     68 to 70 -> 252 [0]
    #     72 to 76 -> 228 [1] lasti
    #     78 to 120 -> 204 [2] lasti
    #     122 to 136 -> 228 [1] lasti
    #     138 to 152 -> 252 [0]
    #     156 to 164 -> 174 [4] lasti
    #     166 to 178 -> 180 [1] lasti
    #     180 to 188 -> 198 [3] lasti
    #     190 to 194 -> 252 [0]
    #     198 to 202 -> 252 [0]
    #     204 to 212 -> 222 [4] lasti
    #     214 to 226 -> 228 [1] lasti
    #     228 to 236 -> 246 [3] lasti
    #     238 to 242 -> 252 [0]
    #     246 to 250 -> 252 [0]
    #     252 to 268 -> 276 [1] lasti
    #     274 to 274 -> 276 [1] lasti
    raise RuntimeError('depyf: could not decompile else_nested_with_return: a with suppressing leaves the region at 8')


def else_if_with_return(a, b, m, r):
    try:
        if a:
            with m:
                r()
            return 'after'
        if b:
            log.append(b)
            return 1
        with m:
            log.append('other')
        return 1
    except IndexError:
        return 2


def check():
    for f, args, want, logged in (with_break_in_loop_try, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([1, 0], Manager(), quiet), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_break_in_loop_try, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_continue_in_for_try, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_for_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), quiet), (), [0, 'more', 'enter', ('ok',), ('exit', None)]), (with_continue_in_for_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [0, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_for_try, lambda: ([0], Manager(), quiet), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([], Manager(), quiet), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (with_continue_in_loop, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_continue_in_loop, lambda: ([0, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([1, 0], Manager(), quiet), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_continue_in_loop, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_continue_in_while_true, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_continue_in_while_true, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([0, 1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([1, 0], Manager(), quiet), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_continue_in_while_true, lambda: ([0], Manager(), quiet), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(KeyError), raiser(KeyError)), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(), raiser(KeyError)), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(), raiser(IndexError)), 2, ['more']), (with_const_continue_in_loop_try, lambda: ([1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), quiet), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_const_continue_in_loop_try, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), quiet), (), [0, 'enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(KeyError), raiser(KeyError)), 'after', [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), raiser(KeyError)), 2, [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), raiser(IndexError)), 'IndexError', [0, 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), quiet), (), [0, 'more', 'enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), raiser(KeyError)), 2, [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), raiser(IndexError)), 'IndexError', [0, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[]], Manager(), quiet), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(), raiser(KeyError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(), raiser(IndexError)), 'after', ['more']), (three_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None)]), (three_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_const, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_const, lambda: (0, Manager(), quiet), 1, []), (three_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (three_withs_const, lambda: (0, Manager(), raiser(KeyError)), 1, []), (three_withs_const, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_const_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_const_in_if, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_in_if, lambda: (0, Manager(), quiet), 1, []), (nested_with_const_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_const_in_if, lambda: (0, Manager(), raiser(KeyError)), 1, []), (nested_with_const_in_if, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_const_then_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None)]), (nested_with_const_then_log, lambda: (1, Manager(), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_then_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_then_log, lambda: (0, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_then_log, lambda: (0, Manager(KeyError), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None)]), (nested_with_const_then_log, lambda: (0, Manager(), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_then_log, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_return, lambda: (1, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_with_log_return, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_return, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_return, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_return, lambda: (0, Manager(), quiet), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_return_value, lambda: (1, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_with_return_value, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_value, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_value, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_value, lambda: (0, Manager(), quiet), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(KeyError), raiser(KeyError)), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(), raiser(KeyError)), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(), raiser(IndexError)), 0, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (1, 0, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (elif_with_return, lambda: (1, 0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (elif_with_return, lambda: (1, 0, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (elif_with_return, lambda: (1, 0, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (elif_with_return, lambda: (0, 1, Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 0, Manager(), quiet), 4, []), (elif_with_return, lambda: (0, 0, Manager(KeyError), raiser(KeyError)), 4, []), (elif_with_return, lambda: (0, 0, Manager(), raiser(KeyError)), 4, []), (elif_with_return, lambda: (0, 0, Manager(), raiser(IndexError)), 4, []), (else_with_return_in_loop, lambda: ([1], Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None), 'more']), (else_with_return_in_loop, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (else_with_return_in_loop, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_in_loop, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([], Manager(), quiet), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (else_nested_with_return, lambda: (1, Manager(), quiet), 'after', ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (else_nested_with_return, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (else_nested_with_return, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (else_nested_with_return, lambda: (0, Manager(), quiet), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(), raiser(KeyError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(), raiser(IndexError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_if_with_return, lambda: (1, 0, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_if_with_return, lambda: (1, 0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_if_with_return, lambda: (1, 0, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_if_with_return, lambda: (1, 0, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_if_with_return, lambda: (0, 1, Manager(), quiet), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(KeyError), raiser(KeyError)), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(), raiser(KeyError)), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(), raiser(IndexError)), 1, [1]), (else_if_with_return, lambda: (0, 0, Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]):
        log.clear()
        got = run(f, args())
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
