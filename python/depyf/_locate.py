"""Finding a Java runtime (21 or newer) and depyf's jar."""

import glob
import os
import re
import shutil
import subprocess

MIN_JAVA = 21

#: Folders searched for installed JDKs (each holding one JDK per sub-folder).
JVM_FOLDERS = ["/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"]

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
#: The jar copied into the package when it is installed with pip.
BUNDLED_JAR = os.path.join(_PACKAGE_DIR, "_jar", "depyf.jar")
#: The checkout this package sits in, when used with PYTHONPATH=python.
CHECKOUT = os.path.dirname(os.path.dirname(_PACKAGE_DIR))


class NotFound(Exception):
    """Java or the jar is missing; the message says what to do."""


def _java_in(home):
    for name in ("java", "java.exe"):
        path = os.path.join(home, "bin", name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _home_of(java):
    return os.path.dirname(os.path.dirname(os.path.realpath(java)))


def java_major(java):
    """The feature version (e.g. 21) of a java executable, or None if it cannot be told."""
    release = os.path.join(_home_of(java), "release")
    try:
        with open(release, encoding="utf-8", errors="replace") as f:
            m = re.search(r'^JAVA_VERSION="(\d+)(?:\.(\d+))?', f.read(), re.M)
        if m:
            major = int(m.group(1))
            return int(m.group(2)) if major == 1 and m.group(2) else major
    except OSError:
        pass
    try:
        out = subprocess.run([java, "-version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             timeout=20).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2)) if major == 1 and m.group(2) else major


def _jdk_homes():
    homes = []
    for folder in JVM_FOLDERS:
        for home in glob.glob(os.path.join(folder, "*")):
            if os.path.islink(home):
                continue
            mac = os.path.join(home, "Contents", "Home")
            homes.append(mac if os.path.isdir(mac) else home)
    return homes


def find_java():
    """The java executable to run: DEPYF_JAVA, JAVA_HOME, the newest JDK in JVM_FOLDERS, or PATH."""
    explicit = os.environ.get("DEPYF_JAVA")
    if explicit:
        if not (os.path.isfile(explicit) and os.access(explicit, os.X_OK)):
            raise NotFound("DEPYF_JAVA=%s is not an executable file; point it at the java of a JDK %d+ or unset it"
                           % (explicit, MIN_JAVA))
        return explicit
    rejected = []
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(("JAVA_HOME", _java_in(os.environ["JAVA_HOME"])))
    found = []
    for home in _jdk_homes():
        java = _java_in(home)
        if java:
            found.append((java_major(java) or 0, java))
    for _, java in sorted(found, reverse=True):
        candidates.append((_home_of(java), java))
    candidates.append(("PATH", shutil.which("java")))
    for where, java in candidates:
        if not java:
            continue
        major = java_major(java)
        if major is not None and major >= MIN_JAVA:
            return java
        rejected.append("%s (Java %s)" % (java, major if major is not None else "of unknown version"))
    msg = "depyf needs Java %d or newer to decompile, and found none" % MIN_JAVA
    if rejected:
        msg += " (too old: %s)" % ", ".join(dict.fromkeys(rejected))
    msg += (". Install a JDK or JRE %d+ (e.g. `apt-get install openjdk-21-jre-headless`) and set JAVA_HOME "
            "to it, or set DEPYF_JAVA to its java executable." % MIN_JAVA)
    raise NotFound(msg)


def find_jar():
    """depyf.jar: DEPYF_JAR, the jar bundled at install, or the checkout's target/depyf.jar."""
    explicit = os.environ.get("DEPYF_JAR")
    if explicit:
        if not os.path.isfile(explicit):
            raise NotFound("DEPYF_JAR=%s does not exist; point it at depyf.jar or unset it" % explicit)
        return explicit
    if os.path.isfile(BUNDLED_JAR):
        return BUNDLED_JAR
    built = os.path.join(CHECKOUT, "target", "depyf.jar")
    launcher = os.path.join(CHECKOUT, "depyf")
    if os.path.isfile(built):
        return built
    if os.path.isfile(launcher):
        raise NotFound("depyf.jar is not built yet: run `%s --version` once (it builds %s), or set DEPYF_JAR"
                       % (launcher, built))
    raise NotFound("depyf.jar was not found: set DEPYF_JAR to it, or reinstall the package from a checkout "
                   "where ./depyf has built target/depyf.jar (pip install ./python bundles it)")
