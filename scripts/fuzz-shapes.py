#!/usr/bin/env python3
"""Random control-flow programs, decompiled and run side by side: a hunt for silently wrong output.

  PYTHON scripts/fuzz-shapes.py [--seed N] [--count N] [--runs N] [--keep DIR] [--reduce] [--quiet] [--rich] [--tails]
                                [--verify] [--depyf CMD]

Run with the interpreter whose bytecode you want (pyenv's, or the sid folder's 3.14 and 3.15). It writes
--count random functions (nested if/elif/else, while and for loops with else, break, continue, return,
try/except/else/finally, with statements whose manager may suppress, raises; with --rich also values,
augmented assignments, walrus, comprehensions, f-strings, assert, match and closures; with --tails most end
with a small return of a computed value or a call that may raise, which the compiler copies into the breaks and
branches that reach it) into one module, compiles
it, decompiles the .pyc with ./depyf, and then, for each function:

- fell back: the decompiled body is the honest `raise RuntimeError` (allowed, counted), or a nested
  function's is, reached on some input before the traces differ;
- exact: the recompiled code object has the same instructions, jump targets, exception table and nested
  code objects (rt-diff.py's comparison);
- otherwise both versions are run on --runs input streams (the answers of every test, the lengths of
  every loop, which calls raise, which managers suppress) and their traces compared: the events logged,
  the return value or the exception that escaped. A trace that differs is code that behaves
  differently: printed with the function's source and decompiled source, and the exit status is 1.

Exit status: 0 when no function behaves differently, 1 when one does, 2 on usage errors.
"""
import argparse, importlib.util, os, random, resource, signal, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PRELUDE = '''
class Stop(BaseException):
    pass


class E1(Exception):
    pass


class E2(Exception):
    pass


class Env:
    def __init__(self, answers):
        self.answers = list(answers)
        self.trace = []

    def next(self):
        if not self.answers:
            raise Stop()
        return self.answers.pop()


class CM:
    def __init__(self, env, n):
        self.env, self.n = env, n

    def __enter__(self):
        self.env.trace.append(('enter', self.n))
        return self.n

    def __exit__(self, t, v, tb):
        # (never Stop, nor the harness's Runaway: a loop that draws nothing would swallow its alarm and
        # run on until the machine's memory is gone)
        suppress = t is not None and issubclass(t, Exception) and self.env.next() % 2 == 0
        self.env.trace.append(('exit', self.n, None if t is None else t.__name__, suppress))
        return suppress
'''


class Gen:
    """One random function: statements nested to a bounded depth, each event numbered."""

    def __init__(self, rnd, rich=False, tails=False):
        self.rnd = rnd
        self.n = 0
        self.rich = rich
        self.tails = tails

    def num(self):
        self.n += 1
        return self.n

    def cond(self):
        if self.rich and self.rnd.random() < 0.4:
            return self.rnd.choice(["(q := nx()) % 2 == 0", "0 < nx() < 5", "nx() in (1, 2, 3)",
                                    "c() and (c() or c())", "not (c() and c())", "v > 10", "c() or c() and c()"])
        k = self.rnd.random()
        if k < 0.55:
            return "c()"
        if k < 0.7:
            return "not c()"
        if k < 0.85:
            return "c() and c()"
        return "c() or c()"

    def block(self, depth, loop, ind, size=None):
        size = size or self.rnd.randint(1, 3)
        lines = []
        for _ in range(size):
            lines += self.stmt(depth, loop, ind)
            if lines and lines[-1].strip().split(" ")[0] in ("return", "raise", "break", "continue"):
                break
        return lines

    def stmt(self, depth, loop, ind):
        p = " " * ind
        r = self.rnd
        simple = [("log", 5), ("call", 2), ("return", 1)]
        if loop:
            simple += [("break", 1), ("continue", 1)]
        if r.random() < 0.15:
            simple.append(("raise", 1))
        compound = [("if", 4), ("while", 2), ("for", 2), ("try", 3), ("with", 3), ("while_true", 1)]
        if self.rich:
            simple += [("aug", 3), ("value", 2), ("comp", 2), ("assert", 1), ("return_value", 1)]
            compound += [("match", 2), ("closure", 1)]
        choices = simple + (compound if depth > 0 else [])
        kind = r.choices([c for c, _ in choices], [w for _, w in choices])[0]
        if kind in self.RICH:
            return self.RICH[kind](self, depth - 1, loop, p, ind)
        if kind == "log":
            return [f"{p}t({self.num()})"]
        if kind == "call":
            return [f"{p}x({self.num()})"]
        if kind == "return":
            return [f"{p}return {self.num()}"]
        if kind == "raise":
            return [f"{p}raise {r.choice(['E1', 'E2'])}({self.num()})"]
        if kind in ("break", "continue"):
            return [f"{p}t({self.num()})", f"{p}{kind}"]
        d = depth - 1
        if kind == "if":
            out = [f"{p}if {self.cond()}:"] + self.block(d, loop, ind + 4)
            for _ in range(r.choice([0, 0, 1, 2])):
                out += [f"{p}elif {self.cond()}:"] + self.block(d, loop, ind + 4)
            if r.random() < 0.5:
                out += [f"{p}else:"] + self.block(d, loop, ind + 4)
            return out
        if kind == "while":
            out = [f"{p}while {self.cond()}:"] + self.block(d, True, ind + 4)
            if r.random() < 0.3:
                out += [f"{p}else:"] + self.block(d, loop, ind + 4)
            return out
        if kind == "while_true":
            return [f"{p}while True:", f"{p}    if {self.cond()}:", f"{p}        break"] + self.block(d, True, ind + 4)
        if kind == "for":
            var = r.choice(["i", "j", "k"])
            out = [f"{p}for {var} in n():"] + self.block(d, True, ind + 4)
            if r.random() < 0.3:
                out += [f"{p}else:"] + self.block(d, loop, ind + 4)
            return out
        if kind == "with":
            target = r.choice(["", " as w"])
            if r.random() < 0.3:
                return [f"{p}with m({self.num()}){target}, m({self.num()}):"] + self.block(d, loop, ind + 4)
            return [f"{p}with m({self.num()}){target}:"] + self.block(d, loop, ind + 4)
        # try
        out = [f"{p}try:"] + self.block(d, loop, ind + 4)
        handlers = r.choice([1, 1, 2, 0])
        if handlers == 0:
            out += [f"{p}finally:"] + self.plain_block(d, ind + 4)
            return out
        out += [f"{p}except E1:"] + self.block(d, loop, ind + 4)
        if handlers == 2:
            out += [f"{p}except E2 as e:"] + self.block(d, loop, ind + 4)
        if r.random() < 0.3:
            out += [f"{p}else:"] + self.block(d, loop, ind + 4)
        if r.random() < 0.25:
            out += [f"{p}finally:"] + self.plain_block(d, ind + 4)
        return out

    # the statements of --rich mode: values, comprehensions, match, closures (left out of the plain mode
    # so that its seeds keep generating the same functions)
    def aug(self, d, loop, p, ind):
        return [f"{p}v {self.rnd.choice(['+', '-', '*', '^', '|'])}= {self.num()}"]

    def value(self, d, loop, p, ind):
        return [f"{p}t(" + self.rnd.choice([f"v if c() else {self.num()}", f"c() and {self.num()} or {self.num()}",
                                           f"(q := nx()) + v", f"-v if v > {self.num()} else v", "q",
                                           f"[v, q, *n()]", f"f'{{v}}:{{q!r}}:{{v:>4}}'"]) + ")"]

    def comp(self, d, loop, p, ind):
        return [f"{p}t(" + self.rnd.choice(["[i for i in n() if c()]", "{i: c() for i in n()}",
                                           "sum(i for i in n())", "{nx() for i in n()}",
                                           "[(i, j) for i in n() for j in n() if c()]",
                                           "[v + i for i in n() if (q := i) or c()]",
                                           "any(c() for i in n())"]) + ")"]

    def assert_(self, d, loop, p, ind):
        return [f"{p}assert {self.cond()}, {self.num()}"]

    def return_value(self, d, loop, p, ind):
        return [f"{p}return " + self.rnd.choice(["v", "(v, q)", f"x({self.num()}) or v", f"v if c() else q",
                                                  f"[i + v for i in n()]"])]

    def match(self, d, loop, p, ind):
        r = self.rnd
        subject, cases = r.choice([
            ("nx() % 5", ["0", "1 | 2", "z if z > 3", "_"]),
            ("(nx() % 3, c())", ["(0, True)", "(z, False) if z", "(1, _) | (2, True)", "_"]),
            ("[i for i in n()]", ["[]", "[0]", "[z, *rest] if rest", "[*_]"]),
            ("{'k': nx() % 3}", ["{'k': 0}", "{'k': 1 | 2 as z}", "{**rest}"]),
        ])
        cases = [c for c in cases if c in ("_", "[*_]", "{**rest}") or r.random() < 0.8]
        out = [f"{p}match {subject}:"]
        for c in cases:
            out += [f"{p}    case {c}:"] + self.block(d, loop, ind + 8)
        return out

    def closure(self, d, loop, p, ind):
        out = [f"{p}def g():", f"{p}    nonlocal v"] + self.block(0, False, ind + 4)
        return out + [f"{p}g()", f"{p}t(v)"]

    RICH = {"aug": aug, "value": value, "comp": comp, "assert": assert_, "return_value": return_value,
            "match": match, "closure": closure}

    def plain_block(self, depth, ind):
        """A finally body: no return, break or continue (3.14 warns about them)."""
        lines = []
        for _ in range(self.rnd.randint(1, 2)):
            if depth > 0 and self.rnd.random() < 0.3:
                lines += [f"{' ' * ind}if {self.cond()}:", f"{' ' * (ind + 4)}t({self.num()})"]
            else:
                lines.append(f"{' ' * ind}t({self.num()})")
        return lines

    def function(self, name, depth):
        body = self.block(depth, False, 8, self.rnd.randint(1, 4))
        if self.tails and self.rnd.random() < 0.6:
            # a small return block computing its value (not a constant): the compiler copies such a block
            # into the breaks and branches that go to it, after the unwinding of withs and finally bodies
            # (or a call that may raise: read inside a try it does not belong to, its exception would be caught)
            body.append("        return " + self.rnd.choice(["E1.__name__", "E2.__name__", "env.answers", "r()"]))
        elif self.rnd.random() < 0.5:
            body.append(f"        t({self.num()})")
        head = [f"def {name}(env):",
                "    def c():", "        return env.next() % 2 == 0",
                "    def t(n):", "        env.trace.append(n)",
                "    def x(n):", "        env.trace.append(n)",
                "        k = env.next() % 5", "        if k == 0:", "            raise E1(n)",
                "        if k == 1:", "            raise E2(n)",
                "    def n():", "        return range(env.next() % 3)",
                "    def r():", "        return x(0)",
                "    def m(n):", "        return CM(env, n)"]
        if self.rich:
            head += ["    def nx():", "        return env.next()"]
            body = ["        v = q = 0"] + body
        # the function under test is `inner`, nested so that its helpers are closures (fast to call,
        # no globals to set up); a code object of its own
        return head + ["    def inner():"] + body + ["    return inner", ""]


def load_rt_diff():
    spec = importlib.util.spec_from_file_location("rt_diff", os.path.join(ROOT, "scripts", "rt-diff.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RT_DIFF = load_rt_diff()


def instrs(code):
    """What decides 'exact': rt-diff's instruction list (jump targets as instruction indices, the exception
    table included), and the same of every nested code object (a closure, a comprehension)."""
    out = RT_DIFF.instrs(code)
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            out += ["nested " + c.co_name] + instrs(c)
    return out


def inner_code(fn_code):
    for c in fn_code.co_consts:
        if hasattr(c, "co_name") and c.co_name == "inner":
            return c
    return None


class Runaway(BaseException):
    pass


RAN_AWAY = [False]              # whether the last run() hit its alarm, whatever it then raised or returned


def on_alarm(signum, frame):
    RAN_AWAY[0] = True
    raise Runaway()


MEMORY = 1 << 30                # address space a run may use: a runaway value raises MemoryError


def run(fn, answers):
    """What fn does on one input stream: its result or escaping exception, and its trace. Every test
    draws an answer and the stream ends with Stop, so a generated function always ends; a decompiled one
    that loops without drawing is stopped after 2 s (Runaway), one whose values grow without bound (a
    repeated `v *= v` runs in C, where no alarm interrupts it) at MEMORY more address space (MemoryError),
    not by the kernel's OOM killer, which took the whole run with it and printed nothing."""
    env_cls = fn.__globals__["Env"]
    env = env_cls(answers)
    signal.signal(signal.SIGALRM, on_alarm)
    RAN_AWAY[0] = False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = vm_size() + MEMORY
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    signal.setitimer(signal.ITIMER_REAL, 2.0)
    raised = None
    try:
        result = ("return", fn(env)())
    except BaseException as e:          # Stop, E1, E2, Runaway, MemoryError, or a bug's RuntimeError/NameError
        raised = e
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    if raised is not None:
        raised.__traceback__ = None     # (its frames hold what ran away)
        result = ("raise", type(raised).__name__, str(raised.args[:1]))
    return result, env.trace


def vm_size():
    """This process's address space in bytes now (Linux: /proc/self/statm), 0 when unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def honest_raise(want, got):
    """True when the decompiled function differs only by reaching a nested function's fallback: it raised
    depyf's RuntimeError and logged nothing the original did not log first."""
    (result, trace), (want_result, want_trace) = got, want
    return (result[:2] == ("raise", "RuntimeError") and "depyf: could not decompile" in result[2]
            and trace == want_trace[:len(trace)])


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


DEPYF = [os.path.join(ROOT, "depyf")]
DECOMPILE_OPTIONS = []          # ["--verify"] with --verify
COUNT_WITHDRAWN = False         # --count-withdrawn: also decompile with --verify, counting what it withdraws
WITHDRAWN = set()               # the functions (fN) it withdrew, or whose nested code it withdrew


def judge(functions, seed, runs, work, tag):
    """Decompiles a module of functions ({name: source}); returns {name: (verdict, detail)} with verdict
    'exact', 'layout', 'fell' or 'wrong', and the decompiled source, or raises RuntimeError."""
    src = PRELUDE + "\n" + "\n".join(functions.values()) + "\n"
    orig_py = os.path.join(work, f"{tag}.py")
    with open(orig_py, "w") as fh:
        fh.write(src)
    import py_compile
    pyc = os.path.join(work, f"{tag}.pyc")
    py_compile.compile(orig_py, pyc, doraise=True)
    proc = subprocess.run(DEPYF + ["decompile"] + DECOMPILE_OPTIONS + [pyc], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"depyf failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
    if COUNT_WITHDRAWN:
        # judged on the plain output (so a wrong is seen as one), the round trip run besides only to count
        # what it would withdraw
        checked = subprocess.run(DEPYF + ["decompile", "--verify", pyc], capture_output=True, text=True)
        WITHDRAWN.update(line.split(": could not decompile ", 1)[1].split(".", 1)[0].split(" ", 1)[0]
                         for line in checked.stderr.splitlines()
                         if ": could not decompile " in line and "withdrawn by --verify" in line)
    dec_py = os.path.join(work, f"{tag}_decompiled.py")
    with open(dec_py, "w") as fh:
        fh.write(proc.stdout)
    try:
        dec_code = compile(proc.stdout, dec_py, "exec")
    except SyntaxError as e:
        raise RuntimeError(f"the decompiled module does not compile: {e}")
    orig = load(orig_py, f"{tag}_orig")
    dec = load(dec_py, f"{tag}_dec")
    codes = {c.co_name: c for c in compile(src, orig_py, "exec").co_consts if hasattr(c, "co_name")}
    dcodes = {c.co_name: c for c in dec_code.co_consts if hasattr(c, "co_name")}
    verdicts = {}
    for name in functions:
        if name not in dcodes:                 # (depyf printed no such function: say so, not KeyError)
            raise RuntimeError(f"the decompiled module has no {name}: {proc.stderr.strip()[:500]}")
        a, b = inner_code(codes[name]), inner_code(dcodes[name])
        if b is not None and any(isinstance(k, str) and k.startswith("depyf: could not decompile") for k in b.co_consts):
            verdicts[name] = ("fell", None)
            continue
        if a is not None and b is not None and instrs(a) == instrs(b):
            verdicts[name] = ("exact", None)
            continue
        rr = random.Random(seed)
        verdicts[name] = ("layout", None)
        for _ in range(runs):
            answers = [rr.randrange(10) for _ in range(rr.randrange(4, 40))]
            want = run(getattr(orig, name), list(answers))
            if want[0][:2] == ("raise", "Runaway") or RAN_AWAY[0]:
                # (a function that loops without drawing, shrunk or generated so: how far it got in 2 s,
                # and what a finally or a with then did with the alarm, is timing, no verdict)
                continue
            got = run(getattr(dec, name), list(answers))
            if want != got and honest_raise(want, got):
                verdicts[name] = ("fell", None)    # (a nested function fell back: its raise, reached)
                break
            if want != got:
                verdicts[name] = ("wrong", (answers, want, got))
                break
    return verdicts, proc.stdout


def statements(lines, first):
    """The statements of the body lines[first:] as (start, end) line ranges, nested ones included."""
    out = []
    for k in range(first, len(lines)):
        ind = len(lines[k]) - len(lines[k].lstrip())
        if lines[k].lstrip().startswith(("else:", "elif ", "except", "finally:")):
            continue
        e = k + 1
        while e < len(lines) and (len(lines[e]) - len(lines[e].lstrip()) > ind
                                  or len(lines[e]) - len(lines[e].lstrip()) == ind
                                  and lines[e].lstrip().startswith(("else:", "elif ", "except", "finally:"))):
            e += 1
        out.append((k, e))
    return out


def compiles(text):
    try:
        compile(text, "candidate", "exec")
        return True
    except SyntaxError:
        return False


def reduce(name, source, seed, runs, work):
    """Greedy deletion of statements while the function still behaves differently: one decompile a round."""
    lines = source.rstrip("\n").split("\n")
    first = lines.index("    def inner():") + 1
    for round_ in range(60):
        candidates = {}
        for s, e in statements(lines, first):
            ind = len(lines[s]) - len(lines[s].lstrip())
            for repl in ([], [" " * ind + "pass"]):
                cand = lines[:s] + repl + lines[e:]
                text = "\n".join(cand) + "\n"
                if repl and compiles("\n".join(lines[:s] + lines[e:]) + "\n"):
                    continue                   # (pass only where the block would be left empty)
                if cand != lines and len(cand) > first and compiles(text):
                    candidates[f"{name}_r{len(candidates)}"] = text.replace(
                        f"def {name}(", f"def {name}_r{len(candidates)}(", 1)
        if not candidates:
            break
        try:
            verdicts, _ = judge(candidates, seed, runs, work, f"reduce_{name}_{round_}")
        except (RuntimeError, SyntaxError):
            break
        smaller = [c for c in candidates if verdicts[c][0] == "wrong"]
        if not smaller:
            break
        best = min(smaller, key=lambda c: len(candidates[c]))
        lines = candidates[best].replace(f"def {best}(", f"def {name}(", 1).rstrip("\n").split("\n")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description="random control-flow programs, decompiled and run side by side")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--keep", help="write the module and its decompiled source here")
    ap.add_argument("--reduce", action="store_true", help="shrink each function that behaves differently")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--rich", action="store_true",
                    help="also values, augmented assignments, walrus, comprehensions, f-strings, assert, match, closures")
    ap.add_argument("--tails", action="store_true",
                    help="end most functions with a small return of a computed value, which the compiler copies")
    ap.add_argument("--verify", action="store_true",
                    help="decompile with --verify: what the round trip shows to behave differently is withdrawn "
                         "(printed as its disassembly, so counted as fell back)")
    ap.add_argument("--count-withdrawn", action="store_true",
                    help="judge the plain output, and count the functions `decompile --verify` would withdraw: "
                         "wrong code that no input stream here reaches, or code the round trip cannot prove the same")
    ap.add_argument("--depyf", help="the decompiler command (default: ./depyf), split like a shell would")
    args = ap.parse_args()
    if args.verify:
        DECOMPILE_OPTIONS.append("--verify")
    global COUNT_WITHDRAWN
    COUNT_WITHDRAWN = args.count_withdrawn
    if args.depyf:
        import shlex
        DEPYF[:] = shlex.split(args.depyf)
    rnd = random.Random(args.seed)
    functions = {f"f{f}": "\n".join(Gen(rnd, args.rich, args.tails).function(f"f{f}", args.depth)) + "\n" for f in range(args.count)}
    work = args.keep or tempfile.mkdtemp(prefix="depyf-fuzz-")
    os.makedirs(work, exist_ok=True)
    try:
        verdicts, decompiled = judge(functions, args.seed, args.runs, work, "shapes")
    except RuntimeError as e:
        print(f"fuzz-shapes: {e}")
        return 1
    run_label = f"{'rich ' if args.rich else ''}{'tails ' if args.tails else ''}seed {args.seed}"
    counts = {v: sum(1 for x, _ in verdicts.values() if x == v) for v in ("exact", "layout", "fell", "wrong")}
    for name, (verdict, detail) in verdicts.items():
        if verdict != "wrong":
            continue
        answers, want, got = detail
        print(f"=== {name} behaves differently ({run_label}); answers {answers}")
        at = next((k for k, (a, b) in enumerate(zip(want[1], got[1])) if a != b), min(len(want[1]), len(got[1])))
        print(f"  original:   {shown(want, at)}")
        print(f"  decompiled: {shown(got, at)}")
        if args.reduce:
            small = reduce(name, functions[name], args.seed, args.runs, work)
            print(strip_helpers(small))
            _, dec = judge({name: small}, args.seed, args.runs, work, f"reduced_{name}")
            print("--- decompiled")
            print(strip_helpers(extract(dec, name)))
        elif not args.quiet:
            print(strip_helpers(functions[name]))
            print("--- decompiled")
            print(strip_helpers(extract(decompiled, name)))
    withdrawn = f"; --verify would withdraw {len(WITHDRAWN)}" if COUNT_WITHDRAWN else ""
    print(f"fuzz-shapes {sys.version.split()[0]} {run_label}{' --verify' if args.verify else ''}: {args.count} functions, {counts['exact']} exact, "
          f"{counts['layout']} differ in layout only, {counts['fell']} fell back, {counts['wrong']} behave differently{withdrawn}")
    if WITHDRAWN:
        print("withdrawn by --verify: " + " ".join(sorted(WITHDRAWN, key=lambda f: int(f[1:]) if f[1:].isdigit() else 0)))
    return 1 if counts["wrong"] else 0


def shown(outcome, at, keep=20):
    """An outcome (result, trace) for printing: a long trace (a loop that ran away) cut to the entries
    around index at, where the two runs part, with its length."""
    result, trace = outcome
    if len(trace) <= 3 * keep:
        return outcome
    start = max(0, at - keep)
    return result, f"{len(trace)} entries, from {start}: {trace[start:at + keep]}"


def strip_helpers(source):
    """The function without its helper closures (c, t, x, n, m): the shape under test."""
    out, skip = [], False
    for line in source.splitlines():
        if line.startswith("    def ") and not line.startswith("    def inner("):
            skip = True
            continue
        if skip and line.startswith("        ") and not line.startswith("    def "):
            continue
        skip = False
        out.append(line)
    return "\n".join(out)


def extract(source, name):
    out, on = [], False
    for line in source.splitlines():
        if line.startswith("def "):
            on = line.startswith(f"def {name}(")
        if on:
            out.append(line)
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
