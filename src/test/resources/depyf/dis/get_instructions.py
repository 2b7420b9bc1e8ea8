"""Prints dis.get_instructions of every code object in the given .pyc files, one instruction a line.

    python get_instructions.py FILE.pyc...

Line: file, code object's qualified path, offset, opname, arg (or -), argrepr, jump target in bytes (or -),
line number (or -), starts_line (1/0), is_jump_target (1/0), tab-separated. Runs on 3.7 and later.
"""
import dis
import marshal
import sys


def walk(code, path):
    yield code, path
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            for item in walk(c, path + "/" + c.co_name):
                yield item


def main(files):
    out = []
    for f in files:
        with open(f, "rb") as fh:
            top = marshal.loads(fh.read()[16:])
        for code, path in walk(top, top.co_name):
            line = None
            for ins in dis.get_instructions(code):
                if sys.version_info >= (3, 13):
                    line, starts = ins.line_number, ins.starts_line
                    target = ins.jump_target
                else:
                    starts = ins.starts_line is not None
                    if starts:
                        line = ins.starts_line
                    # before 3.10 dis leaves an absolute jump's argval raw: its argument, in bytes
                    target = ins.argval if ins.opcode in dis.hasjrel else None
                    if ins.opcode in dis.hasjabs:
                        target = ins.argval if sys.version_info >= (3, 10) else ins.arg
                out.append("\t".join(str(x) for x in (
                    f, path, ins.offset, ins.opname, "-" if ins.arg is None else ins.arg,
                    ins.argrepr.replace("\t", "\\t").replace("\n", "\\n"), "-" if target is None else target,
                    "-" if line is None else line, int(bool(starts)), int(ins.is_jump_target))))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
