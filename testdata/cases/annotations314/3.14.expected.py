import sys
import annotationlib
size = 1
if False:
    hidden: Hidden
size: int
if False:
    late: int
if sys:
    shown: str = 'yes'
assert annotationlib.get_annotations(sys.modules[__name__], format=annotationlib.Format.STRING) == {'hidden': 'Hidden', 'size': 'int', 'late': 'int', 'shown': 'str'}
assert size == 1 and shown == 'yes'
