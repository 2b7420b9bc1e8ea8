package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a comprehension's clauses start new lines inside its brackets, read from the line numbers that
 * shaped its bytecode (only where they did; everything else stays on one line):
 * <ul>
 * <li>3.11 threads a condition's jump to the loop's back jump only when both carry one line. A condition's
 * jump carries the comprehension's first line, or the line of the last comparison tested before it (a
 * comparison the test jumps on directly leaves its line set), and so does the back jump
 * ({@link #leakedLines}).
 * <li>3.12 threads it only when the jump is on the element's line, which the back jump carries
 * ({@link #conditionsOffElementLine}); threaded, it is inverted over a JUMP_BACKWARD of its own.
 * <li>3.13+ thread regardless, but pair the target's store and the next load into STORE_FAST_LOAD_FAST
 * (never borrowed, 3.14) only on one line ({@link #breaksAfterTargets}).
 * </ul>
 */
final class ComprehensionLines {
    private ComprehensionLines() {}

    /** One jump of a test as compiler_jump_if emits it: after a comparison or not; to the test's target or not. */
    private record Leaf(boolean comparison, boolean toTarget) {}

    /**
     * The comprehension with the line breaks the code in [from, to) (its loops, one FOR_ITER each) asks for;
     * unchanged when the loops do not match its generators one for one or the lines cannot be matched.
     */
    static Expr layout(Expr comp, Code code, int from, int to) {
        if (!code.version().atLeast(3, 11)) {
            return comp;
        }
        List<Integer> heads = new ArrayList<>();
        for (int k = from; k < Math.min(to, code.size()); k++) {
            if (code.op(k).is("FOR_ITER")) {
                heads.add(k);
            }
        }
        List<Expr.Comprehension> gens = generators(comp);
        if (gens == null || gens.isEmpty() || gens.size() != heads.size()) {
            return comp;
        }
        int[] newLines = code.version().before(3, 12) ? leakedLines(code, heads, gens)
                : code.version().before(3, 13) ? conditionsOffElementLine(code, heads, gens)
                : breaksAfterTargets(code, heads, gens);
        if (newLines == null || java.util.Arrays.stream(newLines).allMatch(b -> b == 0)) {
            return comp;
        }
        List<Expr.Comprehension> out = new ArrayList<>();
        for (int n = 0; n < gens.size(); n++) {
            Expr.Comprehension g = gens.get(n);
            out.add(new Expr.Comprehension(g.target(), g.iter(), g.ifs(), g.isAsync(), newLines[n]));
        }
        return switch (comp) {
            case Expr.ListComp c -> new Expr.ListComp(c.elt(), out);
            case Expr.SetComp c -> new Expr.SetComp(c.elt(), out);
            case Expr.DictComp c -> new Expr.DictComp(c.key(), c.value(), out);
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(c.elt(), out);
            default -> comp;
        };
    }

    private static List<Expr.Comprehension> generators(Expr comp) {
        return switch (comp) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            case Expr.GeneratorExp c -> c.generators();
            default -> null;
        };
    }

    /**
     * 3.13+: a line break after each target that is stored on another line than the local loaded next, put
     * before what the code evaluates next: the generator's first condition, the next generator, or (last
     * generator, the element printed first) anywhere between the element and the target: before the first
     * generator, unless a break already lies there.
     */
    private static int[] breaksAfterTargets(Code code, List<Integer> heads, List<Expr.Comprehension> gens) {
        int[] newLines = new int[gens.size()];
        boolean elementApart = false;
        for (int n = 0; n < gens.size(); n++) {
            if (!lineBreakAfterTarget(code, heads.get(n))) {
                continue;
            }
            if (!gens.get(n).ifs().isEmpty()) {
                newLines[n] |= 2;
            } else if (n + 1 < gens.size()) {
                newLines[n + 1] |= 1;
            } else {
                elementApart = true;
            }
        }
        int last = gens.size() - 1;
        boolean brokenBefore = (newLines[last] & 1) != 0;
        for (int n = 0; n < last; n++) {
            brokenBefore |= newLines[n] != 0;
        }
        if (elementApart && !brokenBefore) {
            newLines[0] |= 1;
        }
        return newLines;
    }

    /** The loop's target stores (after FOR_ITER at k) are followed by a plain load of a local on another line. */
    private static boolean lineBreakAfterTarget(Code code, int k) {
        int p = k + 1;
        if (p < code.size() && code.op(p).is("UNPACK_SEQUENCE")) {
            p++;
        }
        int last = -1;
        boolean unpacked = p > k + 1;
        while (p < code.size() && (code.op(p).is("STORE_FAST") || code.op(p).is("STORE_FAST_STORE_FAST")
                || unpacked && code.op(p).is("POP_TOP"))) {   // an unpacked target stored twice: the first is dead
            last = p++;
        }
        if (last < 0 || p >= code.size() || !(code.op(p).is("LOAD_FAST") || code.op(p).is("LOAD_FAST_LOAD_FAST"))) {
            return false;
        }
        int a = code.op(last).line();
        int b = code.op(p).line();
        return a >= 0 && b >= 0 && a != b;
    }

    /**
     * 3.12: the first condition whose jumps to the next round were all left unthreaded (on another line than
     * the element) starts a new line, and so do the clauses after it; null when the jumps cannot be told
     * apart per condition, some condition's jumps disagree, or a condition after a break was threaded.
     */
    private static int[] conditionsOffElementLine(Code code, List<Integer> heads, List<Expr.Comprehension> gens) {
        int innermost = heads.get(heads.size() - 1);
        int end = code.op(innermost).target();
        if (end <= innermost || !isBackJumpTo(code, end - 1, innermost) || code.op(end - 1).line() < 0) {
            return null;
        }
        int elementLine = code.op(end - 1).line();
        List<List<Integer>> lines = nextRoundJumps(code, heads, end, true);
        int[] newLines = new int[gens.size()];
        boolean broken = false;
        for (int n = 0; n < gens.size(); n++) {
            List<Expr> ifs = gens.get(n).ifs();
            int at = 0;
            for (int i = 0; i < ifs.size(); i++) {
                int jumps = toTarget(leaves(ifs.get(i)));
                if (jumps <= 0 || at + jumps > lines.get(n).size()) {
                    return null;
                }
                List<Integer> own = lines.get(n).subList(at, at + jumps);
                at += jumps;
                boolean off = !own.contains(elementLine);
                if (own.contains(-1) || !off && !own.stream().allMatch(line -> line == elementLine)) {
                    return null;
                }
                if (off && !broken) {
                    newLines[n] |= 2 << i;
                    broken = true;
                } else if (!off && broken) {
                    return null;
                }
            }
            if (at != lines.get(n).size()) {
                return null;
            }
        }
        return newLines;
    }

    /**
     * 3.11: the conditions' jumps to the next round that were threaded (backward conditional jumps) and those
     * that were not (forward to the back jump), matched against a layout with every clause from one if on
     * the next line: the first such if whose simulated lines give the same threading (none when one line
     * does); null when none does or the tests are not all understood.
     */
    private static int[] leakedLines(Code code, List<Integer> heads, List<Expr.Comprehension> gens) {
        int innermost = heads.get(heads.size() - 1);
        int end = code.op(innermost).target();
        if (end <= innermost || !isBackJumpTo(code, end - 1, innermost)) {
            return null;
        }
        List<List<Integer>> jumps = nextRoundJumps(code, heads, end, false);
        List<Boolean> threaded = new ArrayList<>();
        List<List<Leaf>> clauses = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();    // {generator, if index} of each clause, in print order
        for (int n = 0; n < gens.size(); n++) {
            int count = 0;
            for (int i = 0; i < gens.get(n).ifs().size(); i++) {
                List<Leaf> leaves = leaves(gens.get(n).ifs().get(i));
                if (leaves == null) {
                    return null;
                }
                clauses.add(leaves);
                owners.add(new int[] {n, i});
                count += toTarget(leaves);
            }
            if (count != jumps.get(n).size()) {
                return null;
            }
            for (int k : jumps.get(n)) {
                threaded.add(code.op(k).target() == heads.get(n));
            }
        }
        for (int t = 0; t <= clauses.size(); t++) {
            int first = t == 0 ? clauses.size() : t - 1;   // one line first, then the earliest break
            if (threaded.equals(simulate(clauses, first))) {
                int[] newLines = new int[gens.size()];
                if (first < clauses.size()) {
                    newLines[owners.get(first)[0]] |= 2 << owners.get(first)[1];
                }
                return newLines;
            }
        }
        return null;
    }

    /**
     * Which jumps to the next round 3.11 threads when the clauses from {@code broken} on are on the line
     * after the comprehension's first: each jump carries the current line, which a comparison sets to its
     * own; the back jump carries the last.
     */
    private static List<Boolean> simulate(List<List<Leaf>> clauses, int broken) {
        int current = 0;
        List<Integer> lines = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            for (Leaf leaf : clauses.get(c)) {
                if (leaf.comparison()) {
                    current = c >= broken ? 1 : 0;
                }
                if (leaf.toTarget()) {
                    lines.add(current);
                }
            }
        }
        int last = current;
        return lines.stream().map(line -> line == last).toList();
    }

    /**
     * Per generator, its conditional jumps to the next round of its loop (the loop's back jump, or when
     * {@code inverted}, 3.12, over a back jump of its own right after it; 3.11 jumps back itself): their line
     * numbers when {@code inverted}, else their indices.
     */
    private static List<List<Integer>> nextRoundJumps(Code code, List<Integer> heads, int end, boolean inverted) {
        List<List<Integer>> out = new ArrayList<>();
        for (int n = 0; n < heads.size(); n++) {
            int head = heads.get(n);
            int stop = n + 1 < heads.size() ? heads.get(n + 1) : end;
            List<Integer> found = new ArrayList<>();
            for (int k = head + 1; k < stop; k++) {
                Op op = code.op(k);
                if (!op.isConditionalJump() || op.target() < 0) {
                    continue;
                }
                boolean toBackJump = isBackJumpTo(code, op.target(), head);
                if (inverted && (toBackJump || op.target() == k + 2 && isBackJumpTo(code, k + 1, head))) {
                    found.add(op.line());
                } else if (!inverted && (toBackJump || op.target() == head)) {
                    found.add(k);
                }
            }
            out.add(found);
        }
        return out;
    }

    private static boolean isBackJumpTo(Code code, int k, int head) {
        return k >= 0 && k < code.size() && code.op(k).is("JUMP_BACKWARD") && code.op(k).target() == head;
    }

    private static int toTarget(List<Leaf> leaves) {
        return leaves == null ? -1 : (int) leaves.stream().filter(Leaf::toTarget).count();
    }

    /** The jumps CPython's compiler_jump_if makes for a comprehension's condition (jumping when false), or null. */
    private static List<Leaf> leaves(Expr test) {
        List<Leaf> out = new ArrayList<>();
        return leaves(test, false, true, out) ? out : null;
    }

    /**
     * Appends the jumps of {@code test} jumping when it is {@code cond}: and/or operands before the last go
     * to the test's target only when the operator agrees with {@code cond}; false for tests compiled
     * otherwise (chained comparisons, conditional expressions, constants the optimiser may fold).
     */
    private static boolean leaves(Expr test, boolean cond, boolean toTarget, List<Leaf> out) {
        switch (test) {
            case Expr.UnaryOp u when u.op() == Operator.Unary.NOT -> {
                return leaves(u.operand(), !cond, toTarget, out);
            }
            case Expr.BoolOp b -> {
                boolean isOr = b.op() == Operator.Bool.OR;
                for (int i = 0; i < b.values().size(); i++) {
                    boolean last = i == b.values().size() - 1;
                    boolean ok = last ? leaves(b.values().get(i), cond, toTarget, out)
                            : leaves(b.values().get(i), isOr, toTarget && isOr == cond, out);
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                return false;
            }
            case Expr.IfExp x -> {
                return false;
            }
            case Expr.Constant k -> {
                return false;
            }
            default -> {
                out.add(new Leaf(test instanceof Expr.Compare, toTarget));
                return true;
            }
        }
    }
}
