"""depyf: decompile Python bytecode back to source, and see what torch.compile made of your code.

    from depyf import decompile; print(decompile(fn))
    import depyf; depyf.install()                 # TORCH_LOGS="+bytecode" also shows the source
    with depyf.prepare_debug("dump_dir"): ...     # dump every frame Dynamo compiles, run it from there

The decompiler itself is written in Java: the package runs one `java -jar depyf.jar serve` per process.
"""

import marshal

from . import _constants, _server, _source
from ._server import DecompilationError

__version__ = "0.1.0"
__all__ = ["decompile", "DecompilationError", "install", "uninstall", "prepare_debug", "debug"]


def decompile_code(code, timeout=None):
    """(source, warnings) for a code object, the source exactly as the Java decompiler printed it."""
    markers = {}
    try:
        body = marshal.dumps(code)
    except ValueError:
        stand_in, markers = _constants.stand_ins(code)
        try:
            body = marshal.dumps(stand_in)
        except ValueError as e:
            raise DecompilationError("%s holds a constant that marshal cannot write (%s), so it cannot be sent to "
                                     "the decompiler" % (code.co_name, e)) from None
    status, text, warnings = _server.request(_server.OP_DECOMPILE, _server.python_version(), body, timeout)
    if markers and status == _server.STATUS_OK:
        text = _constants.restore(text, markers)
    if status != _server.STATUS_OK:
        kind = {_server.STATUS_BAD_INPUT: "could not read", _server.STATUS_BAD_REQUEST: "rejected the request for",
                _server.STATUS_INTERNAL: "failed on"}.get(status, "failed on")
        raise DecompilationError("the decompiler %s %s (Python %s): %s" % (kind, code.co_qualname
                                 if hasattr(code, "co_qualname") else code.co_name, _server.python_version(), text))
    return text, list(warnings)


def decompile(fn_or_code, *, strict=False, timeout=None):
    """Python source for a function, method, bound method, functools.partial, an object with
    __wrapped__ or __call__, or a code object. A function comes back as its `def` (without
    decorators or default values, which its code object does not hold).

    Parts the decompiler cannot recover come back as a commented disassembly that raises when run;
    with strict=True they raise DecompilationError instead. timeout (seconds, default 30 or
    DEPYF_TIMEOUT) bounds the wait for the answer; a late JVM is stopped and restarted next time.
    """
    code = _source.code_of(fn_or_code)
    source, warnings = decompile_code(code, timeout)
    if strict and warnings:
        raise DecompilationError("the decompiler could not recover all of %s: %s" % (code.co_name, "; ".join(warnings)))
    return _source.as_definition(source, code)


def install():
    """Shows the decompiled source of Dynamo's bytecode in the TORCH_LOGS="+bytecode" log."""
    from . import _dynamo
    _dynamo.install()


def uninstall():
    """Undoes install()."""
    from . import _dynamo
    _dynamo.uninstall()


def prepare_debug(dump_src_dir, *, substitute=True):
    """Context manager: every frame torch.compile compiles inside it is dumped to dump_src_dir as
    readable source (full_code_for_<fn>_<n>.py plus one file per piece), and the decompiled
    transformed code is what then runs, so breakpoints in those files stop there. Yields a
    session whose `frames` list says, per frame, which files were written and whether the
    decompiled code runs in place of Dynamo's."""
    from . import _dynamo
    return _dynamo.prepare_debug(dump_src_dir, substitute=substitute)


def debug(*, stdin=None, stdout=None):
    """Context manager: sets a breakpoint at the start of every dumped transformed function of the
    last prepare_debug() and enters pdb; continue (`c`) and the debugger stops in the dumped code."""
    from . import _dynamo
    return _dynamo.debug(stdin=stdin, stdout=stdout)
