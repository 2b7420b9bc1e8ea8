# depyf: could not decompile <module>: then-branch both falls into and jumps past 66
#     0           0 RESUME                   0
#   
#     1           2 LOAD_CONST               0 (0)
#                 4 LOAD_CONST               1 (None)
#                 6 IMPORT_NAME              0 (os)
#                 8 STORE_NAME               0 (os)
#   
#     2          10 LOAD_CONST               0 (0)
#                12 LOAD_CONST               2 (('path', 'sep'))
#                14 IMPORT_NAME              0 (os)
#                16 IMPORT_FROM              1 (path)
#                18 STORE_NAME               2 (p)
#                20 IMPORT_FROM              3 (sep)
#                22 STORE_NAME               3 (sep)
#                24 POP_TOP
#   
#     3          26 LOAD_CONST               3 ((1, 2, 3))
#                28 UNPACK_SEQUENCE          3
#                32 STORE_NAME               4 (a)
#                34 STORE_NAME               5 (b)
#                36 STORE_NAME               6 (c)
#   
#     4          38 LOAD_NAME                5 (b)
#                40 LOAD_NAME                6 (c)
#                42 COMPARE_OP               4 (>)
#                48 POP_JUMP_FORWARD_IF_FALSE     2 (to 54)
#                50 LOAD_NAME                4 (a)
#                52 JUMP_FORWARD             1 (to 56)
#           >>   54 LOAD_NAME                6 (c)
#           >>   56 STORE_NAME               7 (x)
#   
#     5          58 LOAD_NAME                4 (a)
#                60 POP_JUMP_FORWARD_IF_FALSE     2 (to 66)
#                62 LOAD_NAME                5 (b)
#                64 JUMP_IF_TRUE_OR_POP      1 (to 68)
#           >>   66 LOAD_NAME                6 (c)
#           >>   68 STORE_NAME               8 (y)
#   
#     6          70 LOAD_NAME                4 (a)
#                72 UNARY_NOT
#                74 STORE_NAME               9 (z)
#   
#     7          76 BUILD_LIST               0
#                78 LOAD_CONST               3 ((1, 2, 3))
#                80 LIST_EXTEND              1
#                82 UNPACK_EX                1
#                84 STORE_NAME              10 (first)
#                86 STORE_NAME              11 (rest)
#   
#     8          88 LOAD_CONST               4 ('k')
#                90 LOAD_CONST               5 (1)
#                92 BUILD_MAP                1
#                94 LOAD_CONST               6 ('j')
#                96 LOAD_CONST               7 (2)
#                98 BUILD_MAP                1
#               100 DICT_UPDATE              1
#               102 STORE_NAME              12 (d)
#   
#     9         104 LOAD_CONST               8 ('itsquote"d\n\t')
#               106 STORE_NAME              13 (s)
#   
#    10         108 LOAD_CONST               9 (-0.0)
#               110 STORE_NAME              14 (n)
#   
#    11         112 LOAD_CONST              10 (12345678901234567890)
#               114 STORE_NAME              15 (big)
#   
#    12         116 LOAD_CONST              11 (1.5e-07)
#               118 STORE_NAME              16 (f)
#   
#    13         120 LOAD_CONST              12 ((1+2j))
#               122 STORE_NAME              17 (cx)
#   
#    14         124 LOAD_CONST              13 ((1, (2, 3), 'x'))
#               126 STORE_NAME              18 (t)
#   
#    15         128 LOAD_NAME                4 (a)
#               130 BUILD_LIST               1
#               132 LOAD_NAME               11 (rest)
#               134 LIST_EXTEND              1
#               136 STORE_NAME              19 (m)
#   
#    16         138 LOAD_NAME                4 (a)
#               140 LOAD_CONST              14 (5)
#               142 BINARY_OP               13 (+=)
#               146 STORE_NAME               4 (a)
#   
#    17         148 LOAD_NAME               12 (d)
#               150 LOAD_CONST               4 ('k')
#               152 COPY                     2
#               154 COPY                     2
#               156 BINARY_SUBSCR
#               166 LOAD_CONST               5 (1)
#               168 BINARY_OP               23 (-=)
#               172 SWAP                     3
#               174 SWAP                     2
#               176 STORE_SUBSCR
#   
#    18         180 LOAD_NAME               19 (m)
#               182 LOAD_CONST               5 (1)
#               184 LOAD_CONST               7 (2)
#               186 BUILD_SLICE              2
#               188 BINARY_SUBSCR
#               198 LOAD_NAME               19 (m)
#               200 LOAD_CONST               1 (None)
#               202 LOAD_CONST               1 (None)
#               204 LOAD_CONST               7 (2)
#               206 BUILD_SLICE              3
#               208 BINARY_SUBSCR
#               218 LOAD_NAME               19 (m)
#               220 LOAD_CONST               1 (None)
#               222 LOAD_CONST              15 (-1)
#               224 BUILD_SLICE              2
#               226 BINARY_SUBSCR
#               236 BUILD_TUPLE              3
#               238 STORE_NAME              20 (sl)
#   
#    19         240 PUSH_NULL
#               242 LOAD_NAME               21 (len)
#               244 LOAD_NAME               19 (m)
#               246 PRECALL                  1
#               250 CALL                     1
#               260 COPY                     1
#               262 STORE_NAME              22 (w)
#               264 LOAD_CONST               7 (2)
#               266 COMPARE_OP               4 (>)
#               272 POP_JUMP_FORWARD_IF_FALSE     5 (to 284)
#   
#    20         274 LOAD_NAME               22 (w)
#               276 LOAD_CONST               5 (1)
#               278 BINARY_OP               13 (+=)
#               282 STORE_NAME              22 (w)
#   
#    21     >>  284 DELETE_NAME              4 (a)
#   
#    22         286 LOAD_NAME                7 (x)
#               288 LOAD_CONST              16 (3)
#               290 COMPARE_OP               2 (==)
#               296 POP_JUMP_FORWARD_IF_FALSE    10 (to 318)
#               298 LOAD_NAME                8 (y)
#               300 LOAD_CONST               7 (2)
#               302 COMPARE_OP               2 (==)
#               308 POP_JUMP_FORWARD_IF_FALSE     4 (to 318)
#               310 LOAD_NAME                9 (z)
#               312 LOAD_CONST              17 (False)
#               314 IS_OP                    0
#               316 POP_JUMP_FORWARD_IF_TRUE     2 (to 322)
#           >>  318 LOAD_ASSERTION_ERROR
#               320 RAISE_VARARGS            1
#   
#    23     >>  322 LOAD_NAME               11 (rest)
#               324 LOAD_CONST               7 (2)
#               326 LOAD_CONST              16 (3)
#               328 BUILD_LIST               2
#               330 COMPARE_OP               2 (==)
#               336 POP_JUMP_FORWARD_IF_FALSE     6 (to 350)
#               338 LOAD_NAME               22 (w)
#               340 LOAD_CONST              18 (4)
#               342 COMPARE_OP               2 (==)
#               348 POP_JUMP_FORWARD_IF_TRUE     2 (to 354)
#           >>  350 LOAD_ASSERTION_ERROR
#               352 RAISE_VARARGS            1
#   
#    24     >>  354 LOAD_NAME               12 (d)
#               356 LOAD_CONST               0 (0)
#               358 LOAD_CONST               7 (2)
#               360 LOAD_CONST              19 (('k', 'j'))
#               362 BUILD_CONST_KEY_MAP      2
#               364 COMPARE_OP               2 (==)
#               370 POP_JUMP_FORWARD_IF_TRUE     2 (to 376)
#               372 LOAD_ASSERTION_ERROR
#               374 RAISE_VARARGS            1
#   
#    25     >>  376 LOAD_NAME               20 (sl)
#               378 LOAD_CONST               7 (2)
#               380 BUILD_LIST               1
#               382 LOAD_CONST               5 (1)
#               384 LOAD_CONST              16 (3)
#               386 BUILD_LIST               2
#               388 LOAD_CONST               5 (1)
#               390 LOAD_CONST               7 (2)
#               392 BUILD_LIST               2
#               394 BUILD_TUPLE              3
#               396 COMPARE_OP               2 (==)
#               402 POP_JUMP_FORWARD_IF_TRUE     2 (to 408)
#               404 LOAD_ASSERTION_ERROR
#               406 RAISE_VARARGS            1
#           >>  408 LOAD_CONST               1 (None)
#               410 RETURN_VALUE
raise RuntimeError('depyf: could not decompile <module>: then-branch both falls into and jumps past 66')
