"""Unit tests of the depyf package: unwrapping callables, the JVM's life cycle, error paths.

Run from the checkout: PYTHONPATH=python python -m unittest discover -s python/tests
"""
import functools
import marshal
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import types
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import depyf  # noqa: E402
from depyf import _constants, _locate, _names, _server, _source  # noqa: E402


def sample(a, b=2, *rest, key=None, **options):
    return a + b


def posonly(a, b, /, c, *, d):
    return a


def python_command():
    """How to start another interpreter like this one (sid's pythons need their launcher)."""
    launcher = os.environ.get("DEPYF_PYTHON_LAUNCHER")
    return [launcher] if launcher else [sys.executable]


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie (exited, not yet reaped) counts as gone
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return True


class Callables:
    def method(self, x):
        return x

    @staticmethod
    def static(y):
        return y

    @classmethod
    def klass(cls, z):
        return z

    def __call__(self, w):
        return w


class UnwrappingTest(unittest.TestCase):
    """Which code object each kind of callable leads to (no JVM involved)."""

    def test_kinds_of_callables(self):
        obj = Callables()
        wrapper = types.SimpleNamespace(__wrapped__=sample)
        cases = {
            "function": (sample, sample.__code__),
            "code object": (sample.__code__, sample.__code__),
            "method via class": (Callables.method, Callables.method.__code__),
            "bound method": (obj.method, Callables.method.__code__),
            "staticmethod": (Callables.static, Callables.__dict__["static"].__func__.__code__),
            "classmethod": (Callables.klass, Callables.__dict__["klass"].__func__.__code__),
            "partial": (functools.partial(sample, 1), sample.__code__),
            "nested partial": (functools.partial(functools.partial(obj.method, 1)), Callables.method.__code__),
            "__wrapped__": (wrapper, sample.__code__),
            "__call__": (obj, Callables.__call__.__code__),
            "lambda": ((lambda q: q), None),
        }
        for what, (given, expected) in cases.items():
            with self.subTest(what):
                code = _source.code_of(given)
                self.assertIsInstance(code, types.CodeType)
                if expected is not None:
                    self.assertIs(code, expected)

    def test_functools_wraps_decorator_gives_the_wrapper_that_runs(self):
        def deco(f):
            @functools.wraps(f)
            def inner(*a, **k):
                return f(*a, **k)
            return inner
        self.assertEqual(_source.code_of(deco(sample)).co_name, "inner")

    def test_things_without_bytecode_are_a_type_error(self):
        for thing in (42, len, int, "text"):
            with self.subTest(repr(thing)):
                with self.assertRaises(TypeError) as caught:
                    depyf.decompile(thing)
                self.assertIn("no Python bytecode", str(caught.exception))

    def test_parameters_of_every_kind(self):
        self.assertEqual(_source.parameters(sample.__code__), "a, b, *rest, key, **options")
        self.assertEqual(_source.parameters(posonly.__code__), "a, b, /, c, *, d")
        self.assertEqual(_source.parameters((lambda: 0).__code__), "")

    def test_bodies_are_wrapped_in_their_def_and_defs_left_alone(self):
        body = "return a + b\n"
        wrapped = _source.as_definition(body, sample.__code__)
        self.assertEqual(wrapped, "def sample(a, b, *rest, key, **options):\n    return a + b\n")
        self.assertEqual(_source.as_definition(wrapped, sample.__code__), wrapped)
        module = compile("x = 1", "<m>", "exec")
        self.assertEqual(_source.as_definition("x = 1\n", module), "x = 1\n")
        self.assertTrue(_source.as_definition("return 1\n", (lambda: 1).__code__).startswith("def ___lambda():"))

    def test_async_functions_get_async_def(self):
        async def coro(x):
            return x
        self.assertTrue(_source.as_definition("return x\n", coro.__code__).startswith("async def coro(x):"))


class RecompileTest(unittest.TestCase):
    """Compiling decompiled source back into a stand-in code object (what prepare_debug hands Dynamo)."""

    def test_closure_keeps_its_free_variables(self):
        scale, shift = 3, 4

        def affine(x, *, bias=0):
            return x * scale + shift + bias
        source = _source.as_definition("return x * scale + shift + bias\n", affine.__code__)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "affine.py")
            code = _source.recompile(source, affine.__code__, path)
        self.assertEqual(code.co_freevars, affine.__code__.co_freevars)
        self.assertEqual(code.co_filename, path)
        clone = types.FunctionType(code, globals(), "affine", None, affine.__closure__)
        self.assertEqual(clone(5, bias=1), affine(5, bias=1))

    def test_source_that_no_longer_reads_a_free_variable_keeps_it(self):
        k = 2

        def uses_k(x):
            return x * k
        code = _source.recompile(_source.as_definition("return x * 2\n", uses_k.__code__), uses_k.__code__, "<t>")
        self.assertEqual(code.co_freevars, ("k",))
        clone = types.FunctionType(code, globals(), "uses_k", None, uses_k.__closure__)
        self.assertEqual(clone(5), 10)

    def test_source_with_other_arguments_is_refused(self):
        with self.assertRaises(ValueError):
            _source.recompile("def sample(z):\n    return z\n", sample.__code__, "<t>")


class NamesTest(unittest.TestCase):
    def test_file_safe_names(self):
        self.assertEqual(_names.file_safe("Model.forward.<locals>.<lambda>"), "Model_forward__locals___lambda_")
        long_name = "f" * 300
        safe = _names.file_safe(long_name)
        self.assertLessEqual(len(safe), _names.MAX_STEM)
        self.assertNotEqual(safe, _names.file_safe("f" * 299))
        self.assertEqual(_names.file_safe("__compiled_fn_1_ab-cd"), "__compiled_fn_1_ab-cd")


class ServerTestCase(unittest.TestCase):
    def setUp(self):
        depyf._server.shutdown()
        patcher = mock.patch.dict(os.environ)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.addCleanup(depyf._server.shutdown)

    def fake_java(self, mode):
        tmp = tempfile.mkdtemp()
        script = os.path.join(tmp, "java")
        with open(script, "w") as f:
            f.write('#!/bin/sh\nunset PYTHONHOME\nexec python3 "%s" "$@"\n' % os.path.join(HERE, "fake_java.py"))
        os.chmod(script, 0o755)
        os.environ["DEPYF_JAVA"] = script
        os.environ["FAKE_JAVA_MODE"] = mode


class LiveJvmTest(ServerTestCase):
    """Against the real jar: one JVM, reused, restarted after it dies, shared by threads."""

    def test_decompile_gives_a_def_of_the_function(self):
        source = depyf.decompile(sample)
        self.assertTrue(source.startswith("def sample(a, b, *rest, key, **options):\n"), source)

    def test_one_jvm_is_reused(self):
        depyf.decompile(sample)
        pid = _server.server_pid()
        depyf.decompile(posonly)
        self.assertEqual(pid, _server.server_pid())

    def test_a_killed_jvm_is_replaced_on_the_next_call(self):
        depyf.decompile(sample)
        pid = _server.server_pid()
        os.kill(pid, signal.SIGKILL)
        deadline = time.time() + 10
        while pid_alive(pid) and time.time() < deadline:
            time.sleep(0.05)
        self.assertTrue(depyf.decompile(sample).startswith("def sample"))
        self.assertNotEqual(pid, _server.server_pid())

    def test_threads_share_the_jvm(self):
        functions = [sample, posonly, Callables.method, Callables.__call__]
        results, errors = [], []

        def work(k):
            try:
                for i in range(15):
                    f = functions[(k + i) % len(functions)]
                    results.append((f.__code__.co_name, depyf.decompile(f)))
            except Exception as e:  # pragma: no cover - reported below
                errors.append(e)
        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 8 * 15)
        for name, source in results:
            self.assertTrue(source.startswith("def %s(" % name), source)

    def test_unmarshallable_constant_becomes_a_named_global(self):
        def pair(x):
            return x, "k"
        marker = object()
        code = pair.__code__.replace(co_consts=tuple(marker if c == "k" else c for c in pair.__code__.co_consts))
        source = depyf.decompile(code)
        names = _constants.names_in(source)
        self.assertEqual(len(names), 1, source)
        self.assertIn("return x, %s" % names[0], source)
        self.assertIn("# %s = <object object" % names[0], source)
        self.assertIs(_constants.value(names[0]), marker)

    def test_the_jvm_stops_when_python_exits(self):
        program = "import sys; sys.path.insert(0, %r); import depyf, depyf._server as s\n" \
                  "depyf.decompile(lambda: 0); print(s.server_pid())" % os.path.dirname(HERE)
        out = subprocess.run(python_command() + ["-c", program], stdout=subprocess.PIPE, check=True, timeout=60)
        pid = int(out.stdout.decode().strip())
        deadline = time.time() + 10
        while pid_alive(pid) and time.time() < deadline:
            time.sleep(0.05)
        self.assertFalse(pid_alive(pid), "the JVM outlived its Python process")


class ErrorPathTest(ServerTestCase):
    def assert_error(self, *needles, **kwargs):
        with self.assertRaises(depyf.DecompilationError) as caught:
            depyf.decompile(sample, **kwargs)
        for needle in needles:
            self.assertIn(needle, str(caught.exception))
        return str(caught.exception)

    def test_missing_java(self):
        os.environ.pop("JAVA_HOME", None)
        os.environ.pop("DEPYF_JAVA", None)
        os.environ["PATH"] = tempfile.mkdtemp()
        with mock.patch.object(_locate, "JVM_FOLDERS", []):
            self.assert_error("needs Java 21", "JAVA_HOME")

    def test_java_too_old_is_skipped_and_named(self):
        old = [h for h in ("/usr/lib/jvm/java-17-openjdk-amd64",) if os.path.isdir(h)]
        if not old:
            self.skipTest("no Java 17 on this machine")
        os.environ.pop("DEPYF_JAVA", None)
        os.environ["JAVA_HOME"] = old[0]
        os.environ["PATH"] = tempfile.mkdtemp()
        with mock.patch.object(_locate, "JVM_FOLDERS", []):
            self.assert_error("too old", "Java 17")

    def test_explicit_java_that_does_not_exist(self):
        os.environ["DEPYF_JAVA"] = "/nonexistent/bin/java"
        self.assert_error("DEPYF_JAVA=/nonexistent/bin/java")

    def test_missing_jar(self):
        os.environ["DEPYF_JAR"] = "/nonexistent/depyf.jar"
        self.assert_error("DEPYF_JAR=/nonexistent/depyf.jar does not exist")

    def test_checkout_without_a_built_jar(self):
        os.environ.pop("DEPYF_JAR", None)
        checkout = tempfile.mkdtemp()
        open(os.path.join(checkout, "depyf"), "w").close()
        with mock.patch.object(_locate, "BUNDLED_JAR", "/nonexistent/bundled.jar"), \
                mock.patch.object(_locate, "CHECKOUT", checkout):
            self.assert_error("not built yet", "--version")

    def test_a_file_that_is_not_a_jar(self):
        bogus = os.path.join(tempfile.mkdtemp(), "depyf.jar")
        with open(bogus, "w") as f:
            f.write("not a jar")
        os.environ["DEPYF_JAR"] = bogus
        self.assert_error("could not start", bogus)

    def test_jvm_exiting_at_start(self):
        self.fake_java("exit")
        self.assert_error("could not start", "corrupt jarfile (fake)")

    def test_jvm_dying_mid_request_then_recovering(self):
        self.fake_java("die")
        self.assert_error("fake death", "exited with status 134", "next call starts a fresh one")
        self.assertIsNone(_server.server_pid())
        del os.environ["DEPYF_JAVA"]
        self.assertTrue(depyf.decompile(sample).startswith("def sample"))

    def test_late_answer_stops_the_jvm(self):
        self.fake_java("hang")
        started = time.time()
        message = self.assert_error("no answer within 0.5 s", "DEPYF_TIMEOUT", timeout=0.5)
        self.assertLess(time.time() - started, 15, message)
        self.assertIsNone(_server.server_pid())

    def test_jvm_that_never_starts_answering(self):
        self.fake_java("mute")
        with mock.patch.object(_server, "STARTUP_TIMEOUT", 0.5):
            self.assert_error("did not start within", timeout=0.5)


class DecompiledSourceRunsTest(unittest.TestCase):
    """The decompiled source of plain functions, compiled back, behaves like the original.
    (Fails while the Java decompiler is a placeholder.)"""

    def check(self, fn, *calls):
        source = depyf.decompile(fn, strict=True)
        scope = {}
        exec(compile(textwrap.dedent(source), "<decompiled %s>" % fn.__name__, "exec"), scope)
        clone = scope[fn.__name__]
        for args in calls:
            self.assertEqual(clone(*args), fn(*args), source)

    def test_arithmetic_and_branches(self):
        def branches(a, b):
            if a > b:
                return a - b
            elif a == b:
                return 0
            return (b - a) * 2
        self.check(branches, (3, 1), (2, 2), (1, 5))

    def test_loops(self):
        def loops(n):
            total = 0
            for i in range(n):
                if i % 3 == 0:
                    continue
                total += i
            while total > 10:
                total //= 2
            return total
        self.check(loops, (0,), (5,), (20,))

    def test_try_except(self):
        def guarded(x):
            try:
                return 10 // x
            except ZeroDivisionError:
                return -1
            finally:
                pass
        self.check(guarded, (2,), (0,))

    def test_comprehensions_and_fstrings(self):
        def listing(xs):
            squares = [x * x for x in xs if x % 2]
            return f"{len(squares)}: {squares!r:>20}"
        self.check(listing, ([1, 2, 3, 4, 5],), ([],))


if __name__ == "__main__":
    unittest.main()
