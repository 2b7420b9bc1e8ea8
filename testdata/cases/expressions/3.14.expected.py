# depyf: could not decompile <module>: unrecognised and/or value at 94
#     0            RESUME                   0
#   
#     1            LOAD_SMALL_INT           0
#                  LOAD_CONST               1 (None)
#                  IMPORT_NAME              0 (os)
#                  STORE_NAME               0 (os)
#   
#     2            LOAD_SMALL_INT           0
#                  LOAD_CONST               2 (('path', 'sep'))
#                  IMPORT_NAME              0 (os)
#                  IMPORT_FROM              1 (path)
#                  STORE_NAME               2 (p)
#                  IMPORT_FROM              3 (sep)
#                  STORE_NAME               3 (sep)
#                  POP_TOP
#   
#     3            LOAD_SMALL_INT           1
#                  LOAD_SMALL_INT           2
#                  LOAD_SMALL_INT           3
#                  SWAP                     3
#                  STORE_NAME               4 (a)
#                  STORE_NAME               5 (b)
#                  STORE_NAME               6 (c)
#   
#     4            LOAD_NAME                5 (b)
#                  LOAD_NAME                6 (c)
#                  COMPARE_OP             148 (bool(>))
#                  POP_JUMP_IF_FALSE        3 (to L1)
#                  NOT_TAKEN
#                  LOAD_NAME                4 (a)
#                  JUMP_FORWARD             1 (to L2)
#          L1:     LOAD_NAME                6 (c)
#          L2:     STORE_NAME               7 (x)
#   
#     5            LOAD_NAME                4 (a)
#                  COPY                     1
#                  TO_BOOL
#                  POP_JUMP_IF_FALSE       11 (to L3)
#                  NOT_TAKEN
#                  POP_TOP
#                  LOAD_NAME                5 (b)
#                  COPY                     1
#                  TO_BOOL
#                  POP_JUMP_IF_TRUE         3 (to L4)
#                  NOT_TAKEN
#          L3:     POP_TOP
#                  LOAD_NAME                6 (c)
#          L4:     STORE_NAME               8 (y)
#   
#     6            LOAD_NAME                4 (a)
#                  TO_BOOL
#                  UNARY_NOT
#                  STORE_NAME               9 (z)
#   
#     7            BUILD_LIST               0
#                  LOAD_CONST              10 ((1, 2, 3))
#                  LIST_EXTEND              1
#                  UNPACK_EX                1
#                  STORE_NAME              10 (first)
#                  STORE_NAME              11 (rest)
#   
#     8            LOAD_CONST               3 ('k')
#                  LOAD_SMALL_INT           1
#                  BUILD_MAP                1
#                  LOAD_CONST               4 ('j')
#                  LOAD_SMALL_INT           2
#                  BUILD_MAP                1
#                  DICT_UPDATE              1
#                  STORE_NAME              12 (d)
#   
#     9            LOAD_CONST              11 ('itsquote"d\n\t')
#                  STORE_NAME              13 (s)
#   
#    10            LOAD_CONST              12 (-0.0)
#                  STORE_NAME              14 (n)
#   
#    11            LOAD_CONST               5 (12345678901234567890)
#                  STORE_NAME              15 (big)
#   
#    12            LOAD_CONST               6 (1.5e-07)
#                  STORE_NAME              16 (f)
#   
#    13            LOAD_CONST              13 ((1+2j))
#                  STORE_NAME              17 (cx)
#   
#    14            LOAD_CONST              14 ((1, (2, 3), 'x'))
#                  STORE_NAME              18 (t)
#   
#    15            LOAD_NAME                4 (a)
#                  BUILD_LIST               1
#                  LOAD_NAME               11 (rest)
#                  LIST_EXTEND              1
#                  STORE_NAME              19 (m)
#   
#    16            LOAD_NAME                4 (a)
#                  LOAD_SMALL_INT           5
#                  BINARY_OP               13 (+=)
#                  STORE_NAME               4 (a)
#   
#    17            LOAD_NAME               12 (d)
#                  LOAD_CONST               3 ('k')
#                  COPY                     2
#                  COPY                     2
#                  BINARY_OP               26 ([])
#                  LOAD_SMALL_INT           1
#                  BINARY_OP               23 (-=)
#                  SWAP                     3
#                  SWAP                     2
#                  STORE_SUBSCR
#   
#    18            LOAD_NAME               19 (m)
#                  LOAD_CONST               7 (slice(1, 2, None))
#                  BINARY_OP               26 ([])
#                  LOAD_NAME               19 (m)
#                  LOAD_CONST               8 (slice(None, None, 2))
#                  BINARY_OP               26 ([])
#                  LOAD_NAME               19 (m)
#                  LOAD_CONST               1 (None)
#                  LOAD_CONST              15 (-1)
#                  BINARY_SLICE
#                  BUILD_TUPLE              3
#                  STORE_NAME              20 (sl)
#   
#    19            LOAD_NAME               21 (len)
#                  PUSH_NULL
#                  LOAD_NAME               19 (m)
#                  CALL                     1
#                  COPY                     1
#                  STORE_NAME              22 (w)
#                  LOAD_SMALL_INT           2
#                  COMPARE_OP             148 (bool(>))
#                  POP_JUMP_IF_FALSE       10 (to L5)
#                  NOT_TAKEN
#   
#    20            LOAD_NAME               22 (w)
#                  LOAD_SMALL_INT           1
#                  BINARY_OP               13 (+=)
#                  STORE_NAME              22 (w)
#   
#    21    L5:     DELETE_NAME              4 (a)
#   
#    22            LOAD_NAME                7 (x)
#                  LOAD_SMALL_INT           3
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_FALSE       14 (to L6)
#                  NOT_TAKEN
#                  LOAD_NAME                8 (y)
#                  LOAD_SMALL_INT           2
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_FALSE        7 (to L6)
#                  NOT_TAKEN
#                  LOAD_NAME                9 (z)
#                  LOAD_CONST               9 (False)
#                  IS_OP                    0 (is)
#                  POP_JUMP_IF_TRUE         3 (to L7)
#                  NOT_TAKEN
#          L6:     LOAD_COMMON_CONSTANT     0 (AssertionError)
#                  RAISE_VARARGS            1
#   
#    23    L7:     LOAD_NAME               11 (rest)
#                  LOAD_SMALL_INT           2
#                  LOAD_SMALL_INT           3
#                  BUILD_LIST               2
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_FALSE        8 (to L8)
#                  NOT_TAKEN
#                  LOAD_NAME               22 (w)
#                  LOAD_SMALL_INT           4
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_TRUE         3 (to L9)
#                  NOT_TAKEN
#          L8:     LOAD_COMMON_CONSTANT     0 (AssertionError)
#                  RAISE_VARARGS            1
#   
#    24    L9:     LOAD_NAME               12 (d)
#                  LOAD_CONST               3 ('k')
#                  LOAD_SMALL_INT           0
#                  LOAD_CONST               4 ('j')
#                  LOAD_SMALL_INT           2
#                  BUILD_MAP                2
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_TRUE         3 (to L10)
#                  NOT_TAKEN
#                  LOAD_COMMON_CONSTANT     0 (AssertionError)
#                  RAISE_VARARGS            1
#   
#    25   L10:     LOAD_NAME               20 (sl)
#                  LOAD_SMALL_INT           2
#                  BUILD_LIST               1
#                  LOAD_SMALL_INT           1
#                  LOAD_SMALL_INT           3
#                  BUILD_LIST               2
#                  LOAD_SMALL_INT           1
#                  LOAD_SMALL_INT           2
#                  BUILD_LIST               2
#                  BUILD_TUPLE              3
#                  COMPARE_OP              88 (bool(==))
#                  POP_JUMP_IF_TRUE         3 (to L11)
#                  NOT_TAKEN
#                  LOAD_COMMON_CONSTANT     0 (AssertionError)
#                  RAISE_VARARGS            1
#         L11:     LOAD_CONST               1 (None)
#                  RETURN_VALUE
raise RuntimeError('depyf: could not decompile <module>: unrecognised and/or value at 94')
