package depyf.roundtrip;

import depyf.pipeline.Decompiler;
import depyf.pyc.PycFile;
import depyf.verify.CodeComparator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compile with an interpreter, decompile, recompile with the same interpreter, compare every code
 * object. Two interpreter processes per run, whatever the number of files.
 */
final class RoundTrip {
    /** What a run measured. */
    record Figures(int files, int compiled, int codeObjects, int matched, int fellBack, List<String> misses,
                   int sameBehaviour, List<String> differs) {
        double rate() {
            return codeObjects == 0 ? 0 : (double) matched / codeObjects;
        }
    }

    private static final String COMPILE = String.join("\n",
            "import py_compile, sys",
            "src, out = sys.argv[1], sys.argv[2]",
            "for i, line in enumerate(open(src, encoding='utf-8').read().splitlines()):",
            "    try:",
            "        py_compile.compile(line, out + '/%05d.pyc' % i, doraise=True,",
            "            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)",
            "        print('OK', i)",
            "    except Exception as e:",
            "        print('FAIL', i, type(e).__name__, str(e).replace(chr(10), ' ')[:200])");

    static Figures run(List<String> python, List<Path> sources, Path work) throws IOException, InterruptedException {
        Path orig = Files.createDirectories(work.resolve("orig"));
        Path dec = Files.createDirectories(work.resolve("dec"));
        Path re = Files.createDirectories(work.resolve("re"));
        List<String> names = new ArrayList<>();
        for (Path s : sources) {
            names.add(s.toString());
        }
        compile(python, names, orig, work.resolve("orig.lst"));
        List<String> decompiled = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        int fellBack = 0;
        for (int i = 0; i < sources.size(); i++) {
            Path pyc = orig.resolve(String.format("%05d.pyc", i));
            if (!Files.exists(pyc)) {
                continue;
            }
            Decompiler.Result r = Decompiler.decompile(PycFile.read(pyc).code());
            fellBack += r.warnings().size();
            Path out = dec.resolve(String.format("%05d.py", i));
            Files.writeString(out, r.source());
            decompiled.add(out.toString());
            ids.add(i);
        }
        List<String> results = compile(python, decompiled, re, work.resolve("dec.lst"));
        int compiled = 0;
        int total = 0;
        int matched = 0;
        List<String> misses = new ArrayList<>();
        int sameBehaviour = 0;
        List<String> differs = new ArrayList<>();
        List<String> fellBackAt = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            int i = ids.get(k);
            String source = sources.get(i).toString();
            Path a = orig.resolve(String.format("%05d.pyc", i));
            Path b = re.resolve(String.format("%05d.pyc", k));
            List<CodeComparator.Verdict> verdicts;
            if (Files.exists(b)) {
                compiled++;
                verdicts = CodeComparator.compare(PycFile.read(a).code(), PycFile.read(b).code());
            } else {
                misses.add(source + ": does not compile: " + results.get(k));
                verdicts = CodeComparator.compare(PycFile.read(a).code(), null);
            }
            for (CodeComparator.Verdict v : verdicts) {
                total++;
                if (v.matches()) {
                    matched++;
                } else if (Files.exists(b)) {
                    misses.add(source + " " + v.qualname() + ": " + v.difference());
                    if (v.recompiled() != null && fellBack(v.recompiled())) {
                        fellBackAt.add(source + " " + v.qualname() + "/");
                        continue;                      // an honest fallback: says so, differs by design
                    }
                    String here = source + " " + v.qualname();
                    if (v.recompiled() == null && fellBackAt.stream().anyMatch(here::startsWith)) {
                        continue;                      // nested in a fallback: gone with it
                    }
                    String behaviour = v.behaviourDifference();
                    if (behaviour == null) {
                        sameBehaviour++;
                    } else {
                        differs.add(source + " " + v.qualname() + ": " + behaviour);
                    }
                }
            }
        }
        return new Figures(ids.size(), compiled, total, matched, fellBack, misses, sameBehaviour, differs);
    }

    /** The body of a function that could not be recovered: it raises depyf's RuntimeError. */
    private static boolean fellBack(depyf.pyc.CodeObject c) {
        for (Object o : c.consts()) {
            if (o instanceof depyf.pyc.PyObject.Str s && s.value().startsWith("depyf: could not")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> compile(List<String> python, List<String> files, Path out, Path list)
            throws IOException, InterruptedException {
        Files.write(list, files);
        List<String> cmd = new ArrayList<>(python);
        cmd.add("-c");
        cmd.add(COMPILE);
        cmd.add(list.toString());
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor();
        return lines;
    }
}
