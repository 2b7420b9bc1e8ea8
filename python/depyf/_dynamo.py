"""torch.compile integration: the bytecode log hook, prepare_debug() and debug()."""

import collections
import contextlib
import dis
import logging
import os
import pdb
import sys
import threading
import types

from . import _constants, _source, decompile_code
from ._names import file_safe
from ._server import DecompilationError

_log_handle = None
_active = None
_last_session = None


def _torch():
    try:
        import torch
        import torch._dynamo.convert_frame
        import torch._dynamo.eval_frame
        import torch._dynamo.output_graph
    except ImportError as e:
        raise ImportError("depyf's torch.compile integration needs PyTorch with torch._dynamo: %s" % e) from None
    return torch


def _bytecode_log():
    return _torch()._logging.getArtifactLogger("torch._dynamo.convert_frame", "bytecode")


def _decompiled(code):
    """(def source, warnings), or (a comment explaining the failure, [reason])."""
    try:
        source, warnings = decompile_code(code)
        return _source.as_definition(source, code), warnings
    except DecompilationError as e:
        return "# depyf could not decompile %s: %s\n" % (code.co_name, e), [str(e)]


def _log_hook(code, new_code):
    log = _bytecode_log()
    if log.isEnabledFor(logging.DEBUG):
        source, warnings = _decompiled(new_code)
        log.debug("depyf: possible source code of the modified bytecode of %s:\n%s", code.co_name, source)
        for w in warnings:
            log.debug("depyf warning: %s", w)
    return None


def install():
    global _log_handle
    torch = _torch()
    if _log_handle is None:
        _log_handle = torch._dynamo.convert_frame.register_bytecode_hook(_log_hook)


def uninstall():
    global _log_handle
    if _log_handle is not None:
        _log_handle.remove()
        _log_handle = None


class FrameDump:
    """What prepare_debug wrote for one frame Dynamo compiled."""

    def __init__(self, name, index, original, transformed):
        self.name, self.index = name, index
        self.original, self.transformed = original, transformed
        self.running = transformed          # the code object Dynamo caches: ours if substituted
        self.substituted = False
        self.reason = ""                    # why Dynamo's own bytecode runs, when not substituted
        self.files = collections.OrderedDict()   # piece -> path
        self.texts = collections.OrderedDict()   # piece -> text (for the full_code file)
        self.warnings = []
        self.stem = "%s_%d" % (file_safe(name), index)

    def __repr__(self):
        return "<FrameDump %s #%d substituted=%s %s>" % (self.name, self.index, self.substituted, self.reason)


def _frame_globals(code):
    """The globals of the frame Dynamo is compiling `code` for (found in convert_frame._compile)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "_compile":
            local = frame.f_locals
            if local.get("code") is code and isinstance(local.get("globals"), dict):
                return local["globals"]
        frame = frame.f_back
    return {}


class DebugSession:
    """State of one prepare_debug() block."""

    def __init__(self, dump_dir, substitute):
        self.dump_dir = os.path.abspath(dump_dir)
        self.substitute = substitute
        self.frames = []
        self.graphs = {}                    # __compiled_fn_* name -> readable graph code
        self.counts = collections.Counter()
        self.lock = threading.RLock()

    def _write(self, frame, piece, file_name, text):
        path = os.path.join(self.dump_dir, file_name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        frame.files[piece] = path
        frame.texts[piece] = text
        return path

    def hook(self, code, new_code):
        with self.lock:
            name = file_safe(code.co_name)
            frame = FrameDump(code.co_name, self.counts[name], code, new_code)
            self.counts[name] += 1
            self.frames.append(frame)
            try:
                return self._dump(frame, code, new_code)
            except Exception as e:  # never break the user's compile
                frame.reason = "depyf failed while dumping: %r" % (e,)
                return None
            finally:
                self.write_full(frame)

    def _dump(self, frame, code, new_code):
        tag = "%d_for_%s" % (frame.index, file_safe(code.co_name))
        scope = _frame_globals(code)
        for const_name in new_code.co_names:
            if const_name.startswith("__compiled_fn") and const_name in self.graphs:
                self._write(frame, const_name, file_safe(const_name) + ".py", self.graphs[const_name])
            elif const_name.startswith("__resume_at_") and isinstance(scope.get(const_name), types.FunctionType):
                source, warnings = _decompiled(scope[const_name].__code__)
                frame.warnings += warnings
                self._write(frame, const_name, file_safe(const_name) + ".py", source)
        original, _ = _decompiled(code)
        self._write(frame, "original", "__original_code_%s.py" % tag, original)
        definition, warnings = _decompiled(new_code)
        frame.warnings += warnings
        transformed_name = "__transformed_code_%s.py" % tag
        text = _source.closure_wrapped(definition, new_code, "__depyf_closure_of_" + file_safe(code.co_name))
        path = self._write(frame, "transformed", transformed_name, text)
        if not self.substitute:
            frame.reason = "substitution is off"
            return None
        if warnings:
            frame.reason = "the decompiler could not recover it: " + "; ".join(warnings)
            return None
        try:
            frame.running = _source.recompile(definition, new_code, path)
        except (SyntaxError, ValueError) as e:
            frame.reason = "the decompiled source does not compile back: %s" % (e,)
            return None
        constants = _constants.names_in(definition)
        if constants and not scope:
            frame.reason = "the frame's globals, where its constants %s go, were not found" % ", ".join(constants)
            return None
        for name in constants:
            scope[name] = _constants.value(name)
        frame.substituted = True
        return frame.running

    def _guards(self, frame):
        torch = _torch()
        try:
            entries = torch._dynamo.eval_frame._debug_get_cache_entry_list(frame.original)
        except Exception as e:
            return "# guards unavailable: %r\n" % (e,)
        for entry in entries:
            if entry.code is frame.running:
                manager = entry.guard_manager
                lines = ["# The guards of this frame's cache entry (Dynamo runs the code only when they hold):"]
                lines += ["# " + line for line in str(manager).splitlines() if line.strip()]
                parts = [p for p in (getattr(manager, "code_parts", None) or []) if _is_expression(p)]
                if parts:
                    lines.append("def __guard_%d_for_%s(L, G, **___kwargs_ignored):" % (frame.index, file_safe(frame.name)))
                    lines.append("    return " + " \\\n        and ".join("(%s)" % p for p in parts))
                return "\n".join(lines) + "\n"
        return "# no cache entry holds this code now (not finished, evicted or reset)\n"

    def write_full(self, frame):
        """(Re)writes the guards file and full_code_for_<fn>_<n>.py of one frame."""
        if frame.running is not None and not frame.reason.startswith("depyf failed"):
            guards = self._guards(frame)
            self._write(frame, "guards", "__guards_%d_for_%s.py" % (frame.index, file_safe(frame.name)), guards)
        status = ("# The decompiled transformed code below is what runs (from %s).\n" % frame.files.get("transformed")
                  if frame.substituted else "# Dynamo's own bytecode runs for this frame: %s\n" % frame.reason)
        parts = ["# depyf dump of %s, compilation %d (%s:%d)\n" % (frame.name, frame.index, frame.original.co_filename,
                                                                   frame.original.co_firstlineno), status]
        titles = collections.OrderedDict([("guards", "guards"), ("transformed", "transformed code"),
                                          ("original", "original code (decompiled)")])
        order = ["guards"] + [p for p in frame.texts if p not in titles] + ["transformed", "original"]
        for piece in order:
            if piece in frame.texts:
                parts.append("\n# ---- %s ----\n%s" % (titles.get(piece, piece), frame.texts[piece]))
        full = os.path.join(self.dump_dir, "full_code_for_%s.py" % frame.stem)
        with open(full, "w", encoding="utf-8") as f:
            f.write("".join(parts))
        frame.files["full"] = full

    def write_all(self):
        with self.lock:
            for frame in self.frames:
                self.write_full(frame)


@contextlib.contextmanager
def prepare_debug(dump_src_dir, substitute=True):
    global _active, _last_session
    torch = _torch()
    if _active is not None:
        raise RuntimeError("depyf.prepare_debug() blocks cannot be nested")
    os.makedirs(dump_src_dir, exist_ok=True)
    session = DebugSession(dump_src_dir, substitute)
    graph_class = torch._dynamo.output_graph.OutputGraph
    original_call = graph_class.call_user_compiler

    def call_user_compiler(self, gm, example_inputs, *args, **kwargs):
        name = gm.meta.get("backend_id") if hasattr(gm, "meta") else None
        if name:
            try:
                text = gm.print_readable(print_output=False)
            except Exception:
                text = gm.code
            session.graphs[name] = "# %s: the FX graph Dynamo captured (passed to the backend)\n%s" % (name, text)
        return original_call(self, gm, example_inputs, *args, **kwargs)

    graph_class.call_user_compiler = call_user_compiler
    handle = torch._dynamo.convert_frame.register_bytecode_hook(session.hook)
    _active = session
    try:
        yield session
    finally:
        handle.remove()
        graph_class.call_user_compiler = original_call
        _active = None
        _last_session = session
        session.write_all()


def _is_expression(text):
    try:
        compile(text, "<guard>", "eval", dont_inherit=True)
        return True
    except SyntaxError:
        return False


def _first_body_line(code):
    lines = sorted(line for _, line in dis.findlinestarts(code) if line and line > code.co_firstlineno)
    return lines[0] if lines else code.co_firstlineno


@contextlib.contextmanager
def debug(stdin=None, stdout=None):
    session = _active or _last_session
    if session is None:
        raise RuntimeError("depyf.debug() debugs the code dumped by depyf.prepare_debug(): run the program inside "
                           "`with depyf.prepare_debug(dir):` first")
    session.write_all()
    debugger = pdb.Pdb(stdin=stdin, stdout=stdout)
    if stdin is not None:
        debugger.use_rawinput = False
    targets = [(f.files["transformed"], _first_body_line(f.running)) for f in session.frames if f.substituted]
    for path, line in targets:
        debugger.set_break(path, line)
    out = stdout or sys.stdout
    out.write("depyf: the code Dynamo runs is in %s; breakpoints are set at the start of %d dumped function(s).\n"
              "depyf: type `c` to run on to them, `b FILE:LINE` to add more.\n" % (session.dump_dir, len(targets)))
    debugger.set_trace(sys._getframe(2))
    try:
        yield session
    finally:
        sys.settrace(None)
        debugger.clear_all_breaks()
