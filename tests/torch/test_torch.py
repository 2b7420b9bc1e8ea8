"""The torch.compile suite: every program of programs.py runs eagerly and compiled inside
depyf.prepare_debug, where the decompiled transformed code replaces Dynamo's bytecode.

Run with sid's python3.14 (torch 2.14): scripts/test-python --torch
"""
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "python"))
sys.path.insert(0, HERE)

import torch  # noqa: E402

import depyf  # noqa: E402
import programs  # noqa: E402

DUMP_ROOT = os.environ.get("DEPYF_TORCH_DUMP") or os.path.join(REPO, "target", "torch-dumps")


class CountingBackend:
    """A custom backend: runs the captured graph as it is, counting graphs."""

    def __init__(self):
        self.graphs = 0

    def __call__(self, gm, example_inputs):
        self.graphs += 1
        return gm.forward


def assert_same(test, eager, compiled, where="result"):
    if isinstance(eager, torch.Tensor):
        test.assertIsInstance(compiled, torch.Tensor, where)
        test.assertEqual(eager.shape, compiled.shape, where)
        test.assertTrue(torch.allclose(eager, compiled, rtol=1e-5, atol=1e-6, equal_nan=True),
                        "%s differs:\n%s\n%s" % (where, eager, compiled))
    elif isinstance(eager, (list, tuple)):
        test.assertEqual(type(eager), type(compiled), where)
        test.assertEqual(len(eager), len(compiled), where)
        for i, (e, c) in enumerate(zip(eager, compiled)):
            assert_same(test, e, c, "%s[%d]" % (where, i))
    elif isinstance(eager, dict):
        test.assertEqual(sorted(eager), sorted(compiled), where)
        for k in eager:
            assert_same(test, eager[k], compiled[k], "%s[%r]" % (where, k))
    else:
        test.assertEqual(eager, compiled, where)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def run(program, compile):
    torch.manual_seed(0)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = program(compile)
    return result, out.getvalue()


class ProgramsTest(unittest.TestCase):
    """One test per program (added below)."""

    def check_program(self, name):
        program = programs.PROGRAMS[name]
        torch._dynamo.reset()
        eager, eager_printed = run(program, lambda f, **kw: f)
        backend = CountingBackend()
        dump = os.path.join(DUMP_ROOT, name)
        shutil.rmtree(dump, ignore_errors=True)
        with depyf.prepare_debug(dump) as session:
            compiled, compiled_printed = run(program, lambda f, **kw: torch.compile(f, backend=backend, **kw))
        try:
            assert_same(self, eager, compiled)
            self.assertEqual(eager_printed, compiled_printed, "printed output differs")
            self.assertGreater(len(session.frames), 0, "Dynamo compiled no frame")
            self.assertGreater(backend.graphs, 0, "the backend saw no graph")
            for frame in session.frames:
                where = "%s #%d" % (frame.name, frame.index)
                self.assertEqual(frame.warnings, [], where)
                self.assertTrue(frame.substituted, "%s: Dynamo's own bytecode ran: %s" % (where, frame.reason))
                full = read(frame.files["full"])
                self.assertIn(frame.texts["transformed"], full, where)
                self.assertNotIn("could not decompile", full, where)
                self.assertEqual(frame.running.co_filename, frame.files["transformed"], where)
                entries = torch._dynamo.eval_frame._debug_get_cache_entry_list(frame.original)
                self.assertIn(frame.running, [e.code for e in entries], where + ": our code is not in Dynamo's cache")
        finally:
            torch._dynamo.reset()


def _add_program_tests():
    for name in programs.PROGRAMS:
        def test(self, name=name):
            self.check_program(name)
        test.__name__ = "test_" + name
        setattr(ProgramsTest, test.__name__, test)


_add_program_tests()


def run_script(source, env_extra):
    launcher = os.environ.get("DEPYF_PYTHON_LAUNCHER")
    command = ([launcher] if launcher else [sys.executable]) + ["-c", textwrap.dedent(source)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([os.path.join(REPO, "python"), HERE]), **env_extra)
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, timeout=600)
    return done.returncode, done.stdout.decode("utf-8", "replace")


INSTALL_SCRIPT = """
    import torch, depyf, programs
    depyf.install()
    f = torch.compile(programs.toy_example, backend="eager")
    a, b = torch.ones(4), -torch.ones(4)
    print("result", f(a, b).tolist())
    depyf.uninstall()
    torch._dynamo.reset()
    print("UNINSTALLED")
    g = torch.compile(programs.toy_example, backend="eager")
    g(a, b)
"""


class InstallTest(unittest.TestCase):
    """install(): TORCH_LOGS=+bytecode shows the decompiled source after the modified bytecode."""

    @classmethod
    def setUpClass(cls):
        cls.status, cls.log = run_script(INSTALL_SCRIPT, {"TORCH_LOGS": "+bytecode"})

    def test_the_log_shows_source_after_modified_bytecode(self):
        self.assertEqual(self.status, 0, self.log)
        before = self.log.split("UNINSTALLED")[0]
        modified = before.find("MODIFIED BYTECODE toy_example")
        self.assertGreaterEqual(modified, 0, before)
        source_at = before.find("depyf: possible source code of the modified bytecode of toy_example", modified)
        self.assertGreater(source_at, modified, before)
        self.assertIn("def toy_example(a, b):", before[source_at:])

    def test_the_logged_source_is_complete(self):
        before = self.log.split("UNINSTALLED")[0]
        problems = [line for line in before.splitlines() if "depyf warning" in line or "could not decompile" in line]
        self.assertEqual(problems, [], "the logged source is incomplete (full log: %d characters)" % len(before))

    def test_uninstall_stops_it(self):
        after = self.log.split("UNINSTALLED")[1]
        self.assertIn("MODIFIED BYTECODE toy_example", after)
        self.assertNotIn("depyf:", after)


if __name__ == "__main__":
    unittest.main()


class PlumbingTest(unittest.TestCase):
    """prepare_debug()'s machinery with a stand-in for the decompiled transformed code (a call of the
    original function, run eagerly): substitution, files, guards and debug() breakpoints. These hold
    with any decompiler; ProgramsTest is what proves the real one."""

    def setUp(self):
        torch._dynamo.reset()
        self.addCleanup(torch._dynamo.reset)
        from depyf import _dynamo
        real = _dynamo._decompiled
        eager = torch._dynamo.disable(programs.smooth)
        programs.__dict__["__depyf_eager_smooth"] = eager

        def stand_in(code):
            if any(n.startswith("__compiled_fn") for n in code.co_names):
                return "def smooth(x, y):\n    return __depyf_eager_smooth(x, y)\n", []
            return real(code)
        _dynamo._decompiled = stand_in
        self.addCleanup(setattr, _dynamo, "_decompiled", real)
        self.dump = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dump, True)

    def compile_and_run(self):
        x, y = torch.randn(5), torch.randn(5)
        with depyf.prepare_debug(self.dump) as session:
            f = torch.compile(programs.smooth, backend=CountingBackend())
            out = f(x, y)
        assert_same(self, programs.smooth(x, y), out)
        return session, f, (x, y)

    def test_the_stand_in_runs_from_the_dumped_file_and_guards_are_written(self):
        session, _, _ = self.compile_and_run()
        self.assertEqual(len(session.frames), 1)
        frame = session.frames[0]
        self.assertTrue(frame.substituted, frame.reason)
        self.assertEqual(frame.running.co_filename, frame.files["transformed"])
        self.assertTrue(os.path.basename(frame.files["transformed"]) == "__transformed_code_0_for_smooth.py")
        entries = torch._dynamo.eval_frame._debug_get_cache_entry_list(programs.smooth.__code__)
        self.assertIn(frame.running, [e.code for e in entries])
        guards = read(frame.files["guards"])
        self.assertIn("TENSOR_MATCH", guards)
        full = read(os.path.join(self.dump, "full_code_for_smooth_0.py"))
        self.assertIn("__depyf_eager_smooth(x, y)", full)
        self.assertIn("TENSOR_MATCH", full)
        graph = [p for p in frame.files if p.startswith("__compiled_fn")]
        self.assertEqual(len(graph), 1, frame.files)
        self.assertIn("mul.sin()", read(frame.files[graph[0]]))

    def test_debug_stops_in_the_dumped_code(self):
        session, f, args = self.compile_and_run()
        commands = io.StringIO("continue\nwhere\ncontinue\n")
        out = io.StringIO()
        with depyf.debug(stdin=commands, stdout=out):
            f(*args)
        transcript = out.getvalue()
        self.assertIn(session.frames[0].files["transformed"], transcript.split("(Pdb)", 2)[-1], transcript)
