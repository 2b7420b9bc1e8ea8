"""Constants marshal cannot write (Dynamo puts e.g. torch.Size objects into co_consts).

Before a code object goes to the decompiler, each such constant is replaced by a marker string; in
the decompiled source the marker becomes a global name, __depyf_constant_<n>, bound to the value
here. prepare_debug installs those names into the frame's globals (as Dynamo does with its own
__compiled_fn_* names), so the recompiled code finds the very same objects.
"""
import itertools
import marshal
import re
import threading
import types

PREFIX = "__depyf_constant_"
_values = {}
_names = {}                 # id(value) -> name: the same object always gets the same name
_counter = itertools.count(1)
_lock = threading.Lock()


def _marshallable(value):
    try:
        marshal.dumps(value)
        return True
    except ValueError:
        return False


def stand_ins(code):
    """(code with marker strings in place of unmarshallable constants, {marker: name})."""
    markers = {}

    def replace(co):
        consts = []
        changed = False
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                new = replace(c)
                changed |= new is not c
                consts.append(new)
            elif _marshallable(c):
                consts.append(c)
            else:
                with _lock:
                    name = _names.get(id(c))
                    if name is None or _values[name] is not c:
                        name = "%s%d" % (PREFIX, next(_counter))
                        _values[name] = c
                        _names[id(c)] = name
                marker = "\x00depyf:" + name
                markers[marker] = name
                consts.append(marker)
                changed = True
        return co.replace(co_consts=tuple(consts)) if changed else co
    return replace(code), markers


def restore(source, markers):
    """The decompiled source with each marker's repr replaced by its name, and a comment per name."""
    notes = []
    for marker, name in markers.items():
        source = source.replace(repr(marker), name)
        notes.append("# %s = %s  (a constant marshal cannot carry; prepare_debug binds it in the globals)\n"
                     % (name, _short_repr(_values.get(name))))
    return "".join(notes) + source


def _short_repr(value):
    try:
        text = repr(value)
    except Exception:
        text = "<%s object>" % type(value).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def names_in(source):
    return sorted(set(re.findall(re.escape(PREFIX) + r"\d+", source)))


def value(name):
    return _values[name]
