# 3.14: an `if False:` among a module's imports leaves an empty block; the analysis that borrows loads
# does not go on past it, so a comprehension's loads after it stay plain (the dead block is placed before
# the last statement of the entry block, never before an import from __future__)
from __future__ import annotations

import os
import sys

if False:
    from typing import Any


TABLE = tuple(["%03o" % c for c in range(8) if chr(c) != "\\"] + [c for c in map(chr, range(65, 68)) if c != "B"])

assert TABLE[:2] == ("000", "001") and TABLE[-2:] == ("A", "C") and os.sep and sys.version
