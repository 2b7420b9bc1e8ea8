"""Runs each captured code object and its decompiled, recompiled stand-in on the same recording stand-ins
for its globals, arguments and closure cells, and compares what they did: the operations on the
stand-ins (calls, attribute and item reads, item stores and deletions, arithmetic), in order, and the
result or exception. A torch-free check that the decompiled source does what Dynamo's bytecode does.

    python3.14 replay.py LIST     LIST: lines of "<pyc>\t<decompiled .py>"; prints FAIL lines, then DONE n
"""
import builtins
import marshal
import sys
import types

sys.path.insert(0, "python")
from depyf import _source  # noqa: E402


class Run:
    def __init__(self):
        self.log = []
        self.count = 0

    def new(self, path):
        self.count += 1
        return Stub(self, "%s#%d" % (path, self.count))


class Stub:
    """Stands for any object: every use is logged and gives a new stub."""
    __slots__ = ("_run", "_path")

    def __init__(self, run, path):
        object.__setattr__(self, "_run", run)
        object.__setattr__(self, "_path", path)

    def _op(self, what, *args):
        self._run.log.append((what, self._path) + tuple(_show(a) for a in args))
        return self._run.new("%s.%s" % (self._path, what))

    def __getattr__(self, name):
        return self._op("getattr", name)

    def __setattr__(self, name, value):
        self._op("setattr", name, value)

    def __delattr__(self, name):
        self._op("delattr", name)

    def __call__(self, *args, **kwargs):
        return self._op("call", list(args), sorted(kwargs.items()))

    def __getitem__(self, key):
        return self._op("getitem", key)

    def __setitem__(self, key, value):
        self._op("setitem", key, value)

    def __delitem__(self, key):
        self._op("delitem", key)

    def __len__(self):
        self._op("len")
        return 2

    def __iter__(self):
        self._op("iter")
        return iter([self._run.new(self._path + "[0]"), self._run.new(self._path + "[1]")])

    def __bool__(self):
        self._op("bool")
        return True

    def __index__(self):
        self._op("index")
        return 1

    def __repr__(self):
        return "<%s>" % self._path

    def __enter__(self):
        return self._op("enter")

    def __exit__(self, *exc):
        self._op("exit", [type(e).__name__ for e in exc])
        return False


def _binary(name):
    def op(self, other):
        return self._op(name, other)
    return op


for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "and", "or", "xor",
              "lshift", "rshift", "radd", "rsub", "rmul", "rtruediv", "rfloordiv", "rmod", "rpow",
              "rmatmul", "iadd", "isub", "imul", "itruediv", "lt", "le", "gt", "ge", "eq", "ne"):
    setattr(Stub, "__%s__" % _name, _binary(_name))
for _name in ("neg", "pos", "abs", "invert"):
    setattr(Stub, "__%s__" % _name, lambda self, _n=_name: self._op(_n))
Stub.__hash__ = lambda self: hash(self._path)


def _show(value, depth=0):
    if depth > 4:
        return "..."
    if isinstance(value, Stub):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_show(v, depth + 1) for v in value])
    if isinstance(value, dict):
        return ("dict", [(_show(k, depth + 1), _show(v, depth + 1)) for k, v in value.items()])
    if isinstance(value, types.CellType):
        try:
            return ("cell", _show(value.cell_contents, depth + 1))
        except ValueError:
            return ("cell", "empty")
    if isinstance(value, (int, float, str, bytes, bool, type(None), slice)):
        return repr(value)
    return type(value).__name__


def global_names(code, out):
    out.update(code.co_names)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            global_names(c, out)
    return out


def run(code, stand_in, names):
    r = Run()
    g = {"__builtins__": builtins}
    for n in sorted(names):
        if not hasattr(builtins, n) or n in ("print", "input", "open", "exit", "quit"):
            g[n] = r.new(n)
    closure = tuple(types.CellType(r.new("cell_" + n)) for n in code.co_freevars) or None
    fn = types.FunctionType(stand_in, g, code.co_name, None, closure)
    args = [r.new("arg_" + n) for n in code.co_varnames[:code.co_argcount]]
    kwargs = {n: r.new("kw_" + n) for n in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]}
    if code.co_flags & 0x4:
        args += [r.new("vararg0"), r.new("vararg1")]
    if code.co_flags & 0x8:
        kwargs.update(a=r.new("kwa"), b=r.new("kwb"))
    try:
        result = fn(*args, **kwargs)
        if isinstance(result, types.GeneratorType):
            result = [v for _, v in zip(range(10), result)]
        outcome = ("returned", _show(result))
    except Exception as e:
        outcome = ("raised", type(e).__name__)
    return r.log, outcome


def main():
    bad = 0
    for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
        pyc, src = line.split("\t")
        code = marshal.loads(open(pyc, "rb").read()[16:])
        try:
            stand_in = _source.recompile(_source.as_definition(open(src, encoding="utf-8").read(), code), code, src)
        except Exception as e:
            bad += 1
            print("FAIL %s: does not compile back: %s: %s" % (pyc, type(e).__name__, e))
            continue
        if code.co_flags & (0x80 | 0x100 | 0x200):       # coroutines: not run
            continue
        names = global_names(stand_in, global_names(code, set()))
        want = run(code, code, names)
        got = run(code, stand_in, names)
        if want != got:
            bad += 1
            first = next((i for i, (a, b) in enumerate(zip(want[0], got[0])) if a != b), min(len(want[0]), len(got[0])))
            print("FAIL %s: behaves differently: operation %d: %s instead of %s; outcome %s instead of %s"
                  % (pyc, first, got[0][first] if first < len(got[0]) else "nothing",
                     want[0][first] if first < len(want[0]) else "nothing", got[1], want[1]))
    print("DONE", bad)


if __name__ == "__main__":
    main()
