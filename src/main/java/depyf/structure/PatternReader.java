package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Pattern;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pattern of one {@code case} by running its instructions on a symbolic stack of
 * {@link PatternNode}s, as CPython's compiler emits them (compile.c, codegen.c: codegen_pattern_*).
 * Only the success path is followed: every conditional jump is a failure, recorded with the stack depth
 * it leaves, which locates the chain of POP_TOPs ({@code fail_pop}) ending where the next case starts.
 */
final class PatternReader {
    /** A failure jump: target and stack depth after the jump. */
    record Fail(int target, int depth) {}

    // stack items other than nodes and expressions
    private record Test() {}

    private record Len(PatternNode of) {}

    private record Indexed(PatternNode seq) {}

    private record FromEnd(int k) {}

    private record Values(PatternNode map) {}

    private record Attrs(PatternNode cls) {}

    /** Not a pattern (or not one read here): the caller backs off. */
    static final class Mismatch extends RuntimeException {
        /** Thrown after a pattern test was read: what starts there is a match statement. */
        final boolean afterTest;

        Mismatch(String why) {
            this(why, false);
        }

        Mismatch(String why, boolean afterTest) {
            super(why, null, false, false);
            this.afterTest = afterTest;
        }
    }

    private final Walker w;
    final Lifter l;
    /** Stack items below this index belong to an enclosing pattern: touching one ends an alternative. */
    private final int floor;
    final List<Fail> fails = new ArrayList<>();
    /** Failure targets inside or-patterns (the next alternative). */
    final List<Integer> inner = new ArrayList<>();
    /** Where the run stopped, and for an alternative ending in a jump, its target (else -1). */
    int stop;
    int jumpTarget = -1;
    /** STORE_FAST_LOAD_FAST ended the pattern: the name its second half loads (the guard's start). */
    String pendingLoad;

    private PatternReader(Walker w, Lifter l, int floor) {
        this.w = w;
        this.l = l;
        this.floor = floor;
    }

    /**
     * Reads a case starting at {@code from} with {@code root} (the subject) on top of {@code l}'s stack.
     * Stops when the pattern and its stores are done: with root still on the stack (a case with a copy
     * of the subject) or consumed (the last case).
     */
    static PatternReader readCase(Walker w, int from, Lifter l, PatternNode root, int rootAt) {
        PatternReader r = new PatternReader(w, l, rootAt);
        try {
            return r.readCase(from, root, rootAt);
        } catch (Mismatch | LiftException e) {
            if (!r.fails.isEmpty() || !r.inner.isEmpty()) {
                throw new Mismatch(e.getMessage(), true);
            }
            throw e;
        }
    }

    private PatternReader readCase(int from, PatternNode root, int rootAt) {
        PatternReader r = this;
        int i = from;
        while (true) {
            w.env.work();
            if (i >= w.code.size()) {
                throw new Mismatch("match case runs off the code");
            }
            if (r.l.depth() == rootAt) {
                r.stop = i;
                return r;
            }
            Op op = w.code.op(i);
            if (r.l.depth() == rootAt + 1 && r.l.peek(1) == root && root.copies.size() == 1 && root.name == null
                    && !op.name().startsWith("STORE_") && !op.is("SWAP")) {
                r.stop = i;
                return r;
            }
            if (op.is("STORE_FAST_LOAD_FAST")) {
                List<?> names = (List<?>) op.argval();
                r.store((String) names.get(0));
                if (r.l.depth() != rootAt && !(r.l.depth() == rootAt + 1 && r.l.peek(1) == root)) {
                    throw new Mismatch("store and load inside a pattern");
                }
                r.pendingLoad = (String) names.get(1);
                r.stop = i + 1;
                return r;
            }
            if (op.isUnconditionalJump() || op.isTerminal()) {
                throw new Mismatch("jump inside a case pattern");
            }
            i = r.step(i);
        }
    }

    /** Runs one alternative of an or-pattern (or the pattern of an {@code as}) from {@code from}. */
    private static PatternReader readAlternative(Walker w, int from, Lifter l, int floor) {
        PatternReader r = new PatternReader(w, l, floor);
        int i = from;
        while (true) {
            w.env.work();
            if (i >= w.code.size()) {
                throw new Mismatch("pattern runs off the code");
            }
            Op op = w.code.op(i);
            if (op.isUnconditionalJump() && op.target() > i) {
                r.stop = i;
                r.jumpTarget = op.target();
                return r;
            }
            if (r.touchesFloor(op)) {
                r.stop = i;
                return r;
            }
            if (op.isTerminal()) {
                throw new Mismatch("exit inside a pattern");
            }
            i = r.step(i);
        }
    }

    private boolean touchesFloor(Op op) {
        int n = switch (op.name()) {
            case "POP_TOP", "UNPACK_SEQUENCE", "UNPACK_EX", "GET_LEN", "MATCH_SEQUENCE", "MATCH_MAPPING",
                 "STORE_FAST_LOAD_FAST", "LOAD_ATTR", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE",
                 "POP_JUMP_IF_NOT_NONE" -> 1;
            case "STORE_FAST_STORE_FAST", "COMPARE_OP", "IS_OP", "BINARY_OP", "BINARY_SUBSCR", "MATCH_KEYS" -> 2;
            case "MATCH_CLASS" -> 3;
            case "SWAP", "COPY", "BUILD_TUPLE" -> op.arg();
            default -> op.name().startsWith("STORE_") ? 1 : 0;
        };
        return l.depth() - n < floor;
    }

    private PatternNode node(Object o) {
        if (o instanceof PatternNode n) {
            return n;
        }
        throw new Mismatch("pattern operand is not a matched value");
    }

    private void store(String name) {
        node(l.pop()).bind(name);
    }

    /** Executes the instruction at i (or an idiom starting there); returns the next index. */
    private int step(int i) {
        Op op = w.code.op(i);
        l.read(i);
        switch (op.name()) {
            case "NOP", "NOT_TAKEN", "TO_BOOL", "EXTENDED_ARG", "CACHE" -> { }
            case "POP_TOP" -> l.pop();
            case "STORE_FAST", "STORE_NAME", "STORE_GLOBAL", "STORE_DEREF" -> store(op.str());
            case "STORE_FAST_STORE_FAST" -> {
                List<?> names = (List<?>) op.argval();
                store((String) names.get(0));
                store((String) names.get(1));
            }
            case "COPY" -> {
                if (op.arg() == 1 && l.peek(1) instanceof PatternNode n) {
                    return copy(i, n);
                }
                Steps.step(l, op);
            }
            case "SWAP", "LOAD_CONST", "LOAD_SMALL_INT", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_FAST", "LOAD_DEREF",
                 "LOAD_ATTR", "BUILD_TUPLE" -> {
                if (op.is("SWAP") && l.peek(1) instanceof PatternNode n && n.line < 0 && n.kind == PatternNode.Kind.ANY) {
                    n.line = op.line();            // rotating a capture into place: the capture's line
                }
                if (op.is("LOAD_ATTR") && !(l.peek(1) instanceof Expr)) {
                    throw new Mismatch("attribute of a matched value");
                }
                Steps.step(l, op);
                if (l.peek(1) instanceof Expr e && !isValueExpr(e) && !op.is("SWAP")) {
                    throw new Mismatch("not a pattern value");
                }
            }
            case "MATCH_SEQUENCE" -> {
                node(l.peek(1)).refine(PatternNode.Kind.SEQUENCE);
                node(l.peek(1)).line = op.line();
                l.push(new Test());
            }
            case "MATCH_MAPPING" -> {
                node(l.peek(1)).refine(PatternNode.Kind.MAPPING);
                node(l.peek(1)).line = op.line();
                l.push(new Test());
            }
            case "GET_LEN" -> {
                Object top = l.peek(1);
                l.push(new Len(top instanceof Indexed ix ? ix.seq() : node(top)));
            }
            case "COMPARE_OP", "IS_OP" -> compare(op);
            case "MATCH_CLASS" -> matchClass(op);
            case "MATCH_KEYS" -> matchKeys();
            case "UNPACK_SEQUENCE" -> unpack(op.arg(), -1, 0);
            case "UNPACK_EX" -> unpack(op.arg() & 0xff, op.arg() & 0xff, op.arg() >> 8);
            case "BINARY_SUBSCR" -> subscript();
            case "BINARY_OP" -> binaryOp(op);
            case "BUILD_MAP" -> {
                return rest(i);
            }
            case "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE" -> {
                return test(i, op);
            }
            default -> throw new Mismatch("not a pattern instruction: " + op.name());
        }
        return i + 1;
    }

    /**
     * A pattern's test: the jump is taken when the pattern fails. When the failure goes backward (the match
     * ends a loop body, so failing continues the loop), 3.12+ inverts the test over a JUMP_BACKWARD: the
     * jump is taken on success and skips it. Returns where the success path goes on.
     */
    private int test(int i, Op op) {
        Object v = l.pop();
        String failsOnJump = switch (v) {
            case Test t -> "POP_JUMP_IF_FALSE";
            case Values x -> "POP_JUMP_IF_NONE";
            case Attrs x -> "POP_JUMP_IF_NONE";
            case PatternNode n -> "POP_JUMP_IF_NOT_NONE";
            default -> throw new Mismatch("not a pattern test");
        };
        boolean inverted = !op.is(failsOnJump);
        if (inverted && !op.is(opposite(failsOnJump))) {
            throw new Mismatch("not a pattern test");
        }
        if (v instanceof PatternNode n) {
            singleton(n, PyObject.None.INSTANCE);
        }
        if (!inverted) {
            fails.add(new Fail(op.target(), l.depth()));
            return i + 1;
        }
        int j = i + 1;
        while (j < w.code.size() && w.code.op(j).is("NOT_TAKEN")) {
            j++;
        }
        if (j >= w.code.size() || op.target() != j + 1 || !w.code.op(j).isUnconditionalJump()
                || w.code.op(j).target() > j) {
            throw new Mismatch("not a pattern test");
        }
        fails.add(new Fail(w.code.op(j).target(), l.depth()));
        return op.target();
    }

    private static String opposite(String jump) {
        return switch (jump) {
            case "POP_JUMP_IF_FALSE" -> "POP_JUMP_IF_TRUE";
            case "POP_JUMP_IF_NONE" -> "POP_JUMP_IF_NOT_NONE";
            default -> "POP_JUMP_IF_NONE";
        };
    }

    private static boolean isValueExpr(Expr e) {
        return e instanceof Expr.Constant || e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Tuple;
    }

    private boolean singleton(PatternNode n, PyObject v) {
        n.refine(PatternNode.Kind.VALUE);
        n.test = new Pattern.MatchSingleton(v);
        return true;
    }

    /**
     * COPY 1 of a node: an element taken by index from a sequence, the alternatives of an or-pattern, or
     * the pattern of an {@code as} (the copy is matched, the node itself stored afterwards).
     */
    private int copy(int i, PatternNode n) {
        if (n.kind == PatternNode.Kind.SEQUENCE) {
            l.push(new Indexed(n));
            return i + 1;
        }
        if (n.kind != PatternNode.Kind.ANY || !n.copies.isEmpty() || n.test != null) {
            throw new Mismatch("copy of a tested value");
        }
        int at = orPattern(i, n);
        if (at >= 0) {
            return at;
        }
        PatternNode c = new PatternNode();
        n.copies.add(c);
        l.push(c);
        return i + 1;
    }

    /**
     * Reads an or-pattern whose first alternative starts with the COPY at i; -1 if it is not one. Each
     * alternative ends with a jump to the code after the pattern, or (3.12+, when that code is small) with
     * its own copy of it, which is read once, from the first alternative.
     */
    private int orPattern(int i, PatternNode n) {
        int base = l.depth();                    // n on top
        int innerSize = inner.size();
        List<PatternNode> alts = new ArrayList<>();
        List<Lifter> ends = new ArrayList<>();
        int end = -1;
        int resume = -1;
        int p = i;
        while (true) {
            PatternNode c = new PatternNode();
            Lifter fork = l.fork();
            fork.push(c);
            PatternReader alt;
            try {
                alt = readAlternative(w, p + 1, fork, base);
            } catch (Mismatch | LiftException e) {
                if (alts.size() <= 1 || end < 0) {
                    inner.subList(innerSize, inner.size()).clear();
                    return -1;
                }
                throw e;
            }
            boolean jumped = alt.jumpTarget >= 0;
            boolean irrefutable = alt.fails.isEmpty();
            int next = irrefutable ? -1 : nextAfterFailure(alt.fails, base + 1);
            if (alts.isEmpty() && (irrefutable || !jumped && !isCopy(next))) {
                return -1;                       // the pattern of an as (failures pop below the copy)
            }
            if (irrefutable) {                   // only the last alternative may be irrefutable
                if (jumped && end >= 0 && end != alt.jumpTarget) {
                    return fail("or-pattern layout");
                }
                alts.add(c);
                ends.add(alt.l);
                break;
            }
            // each alternative jumps to the code after the pattern or (3.12+) ends with its own copy of it
            if (next < 0 || jumped && end >= 0 && end != alt.jumpTarget || resume >= 0 && jumped != (end >= 0)
                    || !jumped && resume >= 0 && !sameExit(resume, alt.stop)) {
                if (alts.size() <= 1 || end < 0) {
                    // without jumps, the copy at the start of a case may look like alternatives: the cases
                    inner.subList(innerSize, inner.size()).clear();
                    return -1;
                }
                return fail("or-pattern layout");
            }
            for (Fail f : alt.fails) {
                inner.add(f.target());
            }
            inner.addAll(alt.inner);
            if (jumped) {
                end = alt.jumpTarget;
            }
            if (resume < 0) {
                resume = jumped ? alt.jumpTarget : alt.stop;
            }
            alts.add(c);
            ends.add(alt.l);
            if (isCopy(next)) {
                p = next;
                continue;
            }
            if (!w.code.op(next).is("POP_TOP") || alts.size() < 2) {
                if (alts.size() == 1 || end < 0) {
                    inner.subList(innerSize, inner.size()).clear();
                    return -1;
                }
                return fail("or-pattern layout");
            }
            Op after = w.code.op(next + 1);
            fails.add(after.isUnconditionalJump() ? new Fail(after.target(), base - 1) : new Fail(next, base));
            break;
        }
        n.copies.addAll(alts);
        merge(ends);
        return resume;
    }

    /** The code from a and from b is the same up to its first exit (copies of the code after an or-pattern). */
    private boolean sameExit(int a, int b) {
        for (int k = 0; k < 32 && b + k < w.code.size(); k++) {
            Op x = w.code.op(a + k);
            Op y = w.code.op(b + k);
            if (!x.name().equals(y.name()) || !java.util.Objects.equals(x.argval(), y.argval())) {
                return false;
            }
            if (x.isTerminal()) {
                return true;
            }
        }
        return false;
    }

    private boolean isCopy(int at) {
        return at < w.code.size() && w.code.op(at).is("COPY") && w.code.op(at).arg() == 1;
    }

    private static int fail(String what) {
        throw new Mismatch("unrecognised " + what);
    }

    /** Where failures of a pattern whose subject sat at depth base (on top) continue: -1 if they disagree. */
    int nextAfterFailure(List<Fail> fs, int base) {
        int next = -1;
        for (Fail f : fs) {
            int pops = f.depth() - (base - 1);
            if (pops < 0) {
                return -1;
            }
            for (int k = 0; k < pops; k++) {
                if (f.target() + k >= w.code.size() || !w.code.op(f.target() + k).is("POP_TOP")) {
                    return -1;
                }
            }
            int at = f.target() + pops;
            if (next >= 0 && next != at) {
                return -1;
            }
            next = at;
        }
        return next;
    }

    /** The stack where the alternatives meet: same depth, differing nodes merged. */
    private void merge(List<Lifter> ends) {
        List<Object> into = l.stack();
        into.clear();
        into.addAll(ends.get(0).stack());
        for (Lifter e : ends.subList(1, ends.size())) {
            List<Object> s = e.stack();
            if (s.size() != into.size()) {
                throw new Mismatch("or-pattern alternatives leave different stacks " + s + " / " + into);
            }
            for (int k = 0; k < s.size(); k++) {
                Object a = into.get(k);
                Object b = s.get(k);
                if (a == b) {
                    continue;
                }
                if (!(a instanceof PatternNode na) || !(b instanceof PatternNode nb)) {
                    throw new Mismatch("or-pattern alternatives leave different values");
                }
                PatternNode m = na.members != null ? na : new PatternNode();
                if (m.members == null) {
                    m.members = new ArrayList<>(List.of(na));
                }
                m.members.add(nb);
                into.set(k, m);
            }
        }
    }

    private void compare(Op op) {
        Object right = l.pop();
        Object left = l.pop();
        if (left instanceof Len len && right instanceof Expr.Constant c && c.value() instanceof PyObject.Int n) {
            String sym = op.argrepr();
            PatternNode s = len.of();
            if (s.kind == PatternNode.Kind.SEQUENCE && s.length < 0) {
                s.length = n.value().intValueExact();
                s.atLeast = sym.contains(">=");
            } else if (s.kind != PatternNode.Kind.MAPPING) {
                throw new Mismatch("unrecognised length test");
            }
            l.push(new Test());
            return;
        }
        if ((left instanceof Values || left instanceof Attrs) && op.is("IS_OP") && op.arg() == 1
                && right instanceof Expr.Constant c && c.value() instanceof PyObject.None) {
            l.push(left);
            return;
        }
        PatternNode n = node(left);
        if (!(right instanceof Expr value)) {
            throw new Mismatch("pattern value");
        }
        if (op.is("IS_OP") && op.arg() == 0 && value instanceof Expr.Constant c
                && (c.value() instanceof PyObject.Bool || c.value() instanceof PyObject.None)) {
            singleton(n, c.value());
        } else if (op.is("COMPARE_OP") && op.argrepr().contains("==")) {
            n.refine(PatternNode.Kind.VALUE);
            n.line = op.line();
            n.test = new Pattern.MatchValue(value);
        } else {
            throw new Mismatch("pattern comparison");
        }
        l.push(new Test());
    }

    private void matchClass(Op op) {
        Object names = l.pop();
        Expr cls = (Expr) l.pop();
        PatternNode n = node(l.pop());
        if (!(names instanceof Expr.Constant c) || !(c.value() instanceof PyObject.Tuple t)) {
            throw new Mismatch("class pattern attribute names");
        }
        n.refine(PatternNode.Kind.CLASS);
        n.line = op.line();
        n.cls = cls;
        n.positional = op.arg();
        n.kwdAttrs = new ArrayList<>();
        for (PyObject o : t.items()) {
            n.kwdAttrs.add(((PyObject.Str) o).value());
        }
        l.push(new Attrs(n));
    }

    private void matchKeys() {
        Object keys = l.peek(1);
        PatternNode n = node(l.peek(2));
        if (n.kind != PatternNode.Kind.MAPPING || n.keys != null) {
            throw new Mismatch("MATCH_KEYS");
        }
        List<Expr> ks = new ArrayList<>();
        if (keys instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple t) {
            for (PyObject o : t.items()) {
                ks.add(new Expr.Constant(o));
            }
        } else if (keys instanceof Expr.Tuple t) {
            ks.addAll(t.elts());
        } else {
            throw new Mismatch("mapping pattern keys");
        }
        n.keys = ks;
        l.push(new Values(n));
    }

    /** UNPACK_SEQUENCE / UNPACK_EX of a sequence, a class pattern's attributes or a mapping's values. */
    private void unpack(int before, int star, int after) {
        int count = star < 0 ? before : before + 1 + after;
        Object top = l.pop();
        PatternNode owner = switch (top) {
            case PatternNode n when n.kind == PatternNode.Kind.SEQUENCE -> n;
            case Attrs a -> a.cls();
            case Values v -> v.map();
            default -> throw new Mismatch("unpacking in a pattern");
        };
        if (owner.elements != null || star >= 0 && owner.kind != PatternNode.Kind.SEQUENCE) {
            throw new Mismatch("unpacking in a pattern");
        }
        List<PatternNode> elements = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            PatternNode e = new PatternNode();
            e.star = k == star;
            elements.add(e);
        }
        owner.elements = elements;
        for (int k = count - 1; k >= 0; k--) {
            l.push(elements.get(k));
        }
    }

    private void subscript() {
        Object index = l.pop();
        Object seq = l.pop();
        if (!(seq instanceof Indexed ix)) {
            throw new Mismatch("subscript in a pattern");
        }
        int at;
        if (index instanceof FromEnd f) {
            at = -f.k();
        } else if (index instanceof Expr.Constant c && c.value() instanceof PyObject.Int n) {
            at = n.value().intValueExact();
        } else {
            throw new Mismatch("subscript in a pattern");
        }
        PatternNode e = new PatternNode();
        if (ix.seq().elements != null || ix.seq().byIndex.put(at, e) != null) {
            throw new Mismatch("sequence element taken twice");
        }
        l.push(e);
    }

    private void binaryOp(Op op) {
        if (op.arg() == 26) {
            subscript();
            return;
        }
        Object right = l.pop();
        Object left = l.pop();
        if (op.arg() == 10 && left instanceof Len && right instanceof Expr.Constant c && c.value() instanceof PyObject.Int n) {
            l.push(new FromEnd(n.value().intValueExact()));
            return;
        }
        throw new Mismatch("operator in a pattern");
    }

    /**
     * {@code **rest}: BUILD_MAP 0; SWAP 3; DICT_UPDATE 2; UNPACK_SEQUENCE n; n times (COPY; SWAP 2;
     * DELETE_SUBSCR) turns the subject and the key tuple into the rest, stored later.
     */
    private int rest(int i) {
        Object keys = l.peek(1);
        PatternNode map = node(l.peek(2));
        if (map.kind != PatternNode.Kind.MAPPING || map.keys == null || !(keys instanceof Expr)) {
            throw new Mismatch("BUILD_MAP in a pattern");
        }
        int n = map.keys.size();
        String[] shape = {"BUILD_MAP", "SWAP", "DICT_UPDATE", "UNPACK_SEQUENCE"};
        for (int k = 0; k < shape.length; k++) {
            if (i + k >= w.code.size() || !w.code.op(i + k).is(shape[k])) {
                throw new Mismatch("mapping rest");
            }
        }
        int p = i + shape.length;
        for (int k = 0; k < n; k++, p += 3) {
            if (p + 2 >= w.code.size() || !w.code.op(p).is("COPY") || !w.code.op(p + 1).is("SWAP")
                    || !w.code.op(p + 2).is("DELETE_SUBSCR")) {
                throw new Mismatch("mapping rest");
            }
        }
        l.pop();
        l.pop();
        PatternNode rest = new PatternNode();
        rest.restOf = map;
        l.push(rest);
        return p;
    }
}
