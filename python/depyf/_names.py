"""File-safe names for dumped pieces."""

import hashlib
import re

MAX_STEM = 100


def file_safe(name, limit=MAX_STEM):
    """A file-name stem made from `name`: dots, angle brackets and anything but letters, digits,
    '_' and '-' become '_'; names longer than `limit` are cut and given a short hash."""
    stem = re.sub(r"[^A-Za-z0-9_\-]", "_", name) or "_"
    if stem.startswith("-"):
        stem = "_" + stem
    if len(stem) > limit:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
        stem = stem[:limit - 11] + "_" + digest
    return stem
