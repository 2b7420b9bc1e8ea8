import sys
import annotationlib
size: int = 1
if sys:
    shown: str = 'yes'
assert annotationlib.get_annotations(sys.modules[__name__], format=annotationlib.Format.STRING) == {'hidden': 'Hidden', 'size': 'int', 'late': 'int', 'shown': 'str'}
assert size == 1 and shown == 'yes'
