"""Writes NAME.X.Y.pyc and NAME.X.Y.dis (the version's own dis.dis of it) for each sample here.

    python3 make.py   # with every interpreter found, like scripts/gen-opcodes.py
"""
import importlib.util
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = {"base": 7, "modern": 10, "v311": 11, "v312": 12, "v314": 14}
REFERENCE = r"""
import dis, io, marshal, py_compile, sys
src, pyc, out = sys.argv[1:4]
py_compile.compile(src, cfile=pyc, dfile=src.rsplit('/', 1)[-1], doraise=True)
text = io.StringIO()
dis.dis(marshal.loads(open(pyc, 'rb').read()[16:]), file=text)
open(out, 'w', encoding='utf-8').write(text.getvalue())
"""


def main():
    # the interpreter discovery of scripts/gen-opcodes.py
    script = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "scripts", "gen-opcodes.py")
    spec = importlib.util.spec_from_file_location("gen_opcodes", script)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for version, argv in sorted(gen.interpreters().items(), key=lambda kv: int(kv[0].split(".")[1])):
        minor = int(version.split(".")[1])
        for name, since in SAMPLES.items():
            if minor < since:
                continue
            src = os.path.join(HERE, name + ".py")
            stem = os.path.join(HERE, "%s.%s" % (name, version))
            subprocess.run(argv + ["-c", REFERENCE, src, stem + ".pyc", stem + ".dis"], check=True)
            print("wrote", os.path.basename(stem) + ".{pyc,dis}")


if __name__ == "__main__":
    main()
