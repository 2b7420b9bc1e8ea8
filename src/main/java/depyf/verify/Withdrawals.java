package depyf.verify;

import depyf.pyc.CodeObject;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code --verify} takes back: the code objects whose decompiled code the round trip shows to
 * behave differently ({@link SameBehaviour}: some path runs other instructions). Printing them again as
 * their disassembly, like a function that could not be recovered, keeps the output free of code known
 * to be wrong.
 *
 * <p>A code object is judged only when it and everything nested in it were decompiled: a fallback
 * below changes the code around it (a nested function printed as its disassembly no longer reads the
 * enclosing function's cells, so those become plain locals), and a code object inside a fallback was
 * never printed at all. Nor is one whose cells differ from the recompiled code's ({@link #otherCells}).
 * What is not judged stays as printed: this is a net for misreads, not a proof of every function.
 */
public final class Withdrawals {
    private Withdrawals() {}

    /**
     * The code objects to withdraw, each with the reason to print: an identity map.
     *
     * @param fellBack the code objects the decompilation already printed as their disassembly
     */
    public static Map<CodeObject, String> of(Verifier.Report report, Set<CodeObject> fellBack) {
        Map<CodeObject, String> out = new IdentityHashMap<>();
        if (report.problem() != null || report.verdicts().isEmpty()) {
            return out;
        }
        Set<CodeObject> unjudged = Collections.newSetFromMap(new IdentityHashMap<>());
        touchedByFallback(report.verdicts().get(0).original(), false, fellBack, unjudged);
        for (CodeComparator.Verdict v : report.verdicts()) {
            if (v.matches() || unjudged.contains(v.original()) || otherCells(v)) {
                continue;
            }
            String behaviour = v.behaviourDifference();
            if (behaviour != null) {
                out.put(v.original(), "withdrawn by --verify: recompiled, the decompiled code behaves differently ("
                        + behaviour + ")");
            }
        }
        return out;
    }

    /**
     * True when the two code objects keep other variables in cells: then one stores in a cell what the
     * other stores in a local, and the lock-step walk cannot pair them. Dead code left out of a closure
     * (an except clause after a try body that cannot raise) does this to the function around it. (The
     * closure itself, reading fewer of the cells, is still judged: see {@link SameBehaviour}.)
     */
    private static boolean otherCells(CodeComparator.Verdict v) {
        return v.recompiled() != null && !v.original().cellvars().equals(v.recompiled().cellvars());
    }

    /**
     * Adds to {@code out} every code object under {@code code} that holds a fallback or sits inside one;
     * true when {@code code} holds one.
     */
    private static boolean touchedByFallback(CodeObject code, boolean inside, Set<CodeObject> fellBack,
            Set<CodeObject> out) {
        boolean here = inside || fellBack.contains(code);
        boolean below = false;
        for (CodeObject c : code.nestedCode()) {
            below |= touchedByFallback(c, here, fellBack, out);
        }
        if (here || below) {
            out.add(code);
        }
        return here || below;
    }
}
