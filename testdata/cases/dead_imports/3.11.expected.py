from __future__ import annotations
import os
import sys
TABLE = tuple(['%03o' % c for c in range(8) if chr(c) != '\\'] + [c for c in map(chr, range(65, 68)) if c != 'B'])
assert TABLE[:2] == ('000', '001') and TABLE[-2:] == ('A', 'C') and os.sep and sys.version
