"""A small PEP 517 build backend for depyf, so that `pip install ./python` works offline with any
pip: it needs nothing but the standard library (no setuptools, no wheel).

The wheel holds the pure-Python package `depyf` and, when it has been built (`./depyf --version`
writes ../target/depyf.jar; DEPYF_JAR overrides), the jar as depyf/_jar/depyf.jar.
"""
import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "depyf"
TAG = "py3-none-any"


def _version():
    with open(os.path.join(HERE, "depyf", "__init__.py"), encoding="utf-8") as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


def _metadata():
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    return ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: Decompile Python bytecode (and torch.compile's) "
            "back to source; the decompiler runs on Java 21+\nRequires-Python: >=3.8\n"
            "Description-Content-Type: text/markdown\n\n%s" % (NAME, _version(), readme))


def _jar():
    for candidate in (os.environ.get("DEPYF_JAR"), os.path.join(HERE, "..", "target", "depyf.jar")):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def _package_files():
    root = os.path.join(HERE, NAME)
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in sorted(files):
            if name.endswith(".py") or name == "py.typed":
                path = os.path.join(folder, name)
                yield os.path.relpath(path, HERE).replace(os.sep, "/"), path


def _record_line(arcname, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return "%s,sha256=%s,%d" % (arcname, digest, len(data))


def _write_wheel(wheel_directory, entries):
    """entries: list of (arcname, bytes). Adds dist-info and returns the wheel's file name."""
    dist_info = "%s-%s.dist-info" % (NAME, _version())
    entries = list(entries) + [
        (dist_info + "/METADATA", _metadata().encode("utf-8")),
        (dist_info + "/WHEEL", ("Wheel-Version: 1.0\nGenerator: depyf _depyf_build\nRoot-Is-Purelib: true\n"
                                "Tag: %s\n" % TAG).encode()),
    ]
    record = [_record_line(a, d) for a, d in entries] + [dist_info + "/RECORD,,"]
    entries.append((dist_info + "/RECORD", ("\n".join(record) + "\n").encode()))
    wheel_name = "%s-%s-%s.whl" % (NAME, _version(), TAG)
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, data in entries:
            z.writestr(zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return wheel_name


def get_requires_for_build_wheel(config_settings=None):
    return []


get_requires_for_build_sdist = get_requires_for_build_editable = get_requires_for_build_wheel


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    entries = []
    for arcname, path in _package_files():
        with open(path, "rb") as f:
            entries.append((arcname, f.read()))
    jar = _jar()
    if jar:
        with open(jar, "rb") as f:
            entries.append((NAME + "/_jar/depyf.jar", f.read()))
    return _write_wheel(wheel_directory, entries)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    """`pip install -e ./python`: a .pth file putting this folder on sys.path (the checkout's jar is found)."""
    return _write_wheel(wheel_directory, [("depyf_editable.pth", (HERE + "\n").encode())])


def build_sdist(sdist_directory, config_settings=None):
    base = "%s-%s" % (NAME, _version())
    name = base + ".tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as tar:
        for rel in ["pyproject.toml", "README.md", "_depyf_build.py"] + [a for a, _ in _package_files()]:
            tar.add(os.path.join(HERE, rel), arcname=base + "/" + rel)
        info = _metadata().encode("utf-8")
        member = tarfile.TarInfo(base + "/PKG-INFO")
        member.size = len(info)
        tar.addfile(member, io.BytesIO(info))
    return name
