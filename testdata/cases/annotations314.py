# min-version: 3.14
# 3.14 module annotations under dead code: the compiler drops the statements but keeps the annotations.
import sys
import annotationlib

if False:
    from typing import Hidden
    hidden: Hidden

size: int = 1
if False:
    late: int
if sys:
    shown: str = 'yes'

assert annotationlib.get_annotations(sys.modules[__name__], format=annotationlib.Format.STRING) == {
    'hidden': 'Hidden', 'size': 'int', 'late': 'int', 'shown': 'str'}
assert size == 1 and shown == 'yes'
