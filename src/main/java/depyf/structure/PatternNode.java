package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Pattern;
import depyf.lift.LiftException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A value being matched by a pattern, on the symbolic stack of {@link PatternReader}: what the bytecode
 * does with it (tests, unpacking, copies, the name it is stored to) becomes its pattern.
 */
final class PatternNode {
    enum Kind { ANY, VALUE, SEQUENCE, MAPPING, CLASS }

    Kind kind = Kind.ANY;
    /** A value or singleton test ({@link Pattern.MatchValue}, {@link Pattern.MatchSingleton}). */
    Pattern test;
    String name;
    /**
     * The pattern's own line, or -1: that of its MATCH_* test or comparison, for a capture that of the SWAPs
     * rotating it into place (the compiler gives them the capture's location).
     */
    int line = -1;
    /** COPY 1 of this node: one copy is the pattern of an {@code as}, several are alternatives. */
    final List<PatternNode> copies = new ArrayList<>();
    /** The starred element of a sequence ({@code *name}). */
    boolean star;
    /** The {@code **rest} of this mapping node, when this node is that rest. */
    PatternNode restOf;
    /** Nodes meeting here from the alternatives of an or-pattern: a store names them all. */
    List<PatternNode> members;

    // sequence: the length test, the elements (unpacked), or elements taken by index (star wildcard)
    int length = -1;
    boolean atLeast;
    List<PatternNode> elements;
    final Map<Integer, PatternNode> byIndex = new TreeMap<>();

    // mapping
    List<Expr> keys;
    String rest;

    // class
    Expr cls;
    int positional;
    List<String> kwdAttrs;

    void refine(Kind k) {
        if (kind != Kind.ANY || test != null || !copies.isEmpty()) {
            throw new LiftException("match pattern: a value tested twice");
        }
        kind = k;
    }

    void bind(String n) {
        if (members != null) {
            for (PatternNode m : members) {
                m.bind(n);
            }
            return;
        }
        if (restOf != null) {
            restOf.rest = n;
            return;
        }
        if (name != null) {
            throw new LiftException("match pattern: a value captured twice");
        }
        name = n;
    }

    /** The pattern learned for this node. */
    Pattern pattern() {
        return pattern(new int[] {-1, -1});
    }

    /**
     * {@code at}: the line of the last capture before this node in the source (-1: none known), and whether
     * the first capture of the element being read is on a later line (-1: no capture yet, 0: no, 1: yes).
     */
    private Pattern pattern(int[] at) {
        enter(at);
        if (star) {
            return new Pattern.MatchStar(name);
        }
        Pattern sub = switch (kind) {
            case VALUE -> test;
            case SEQUENCE -> sequence(at);
            case MAPPING -> mapping(at);
            case CLASS -> classPattern(at);
            case ANY -> copies.isEmpty() ? null
                    : copies.size() == 1 ? copies.get(0).pattern(at) : new Pattern.MatchOr(alternatives());
        };
        if (sub != null && name == null) {
            return sub;
        }
        return new Pattern.MatchAs(sub, name);
    }

    /** An or-pattern's alternatives, on the line it starts on (no brackets around them to break in). */
    private List<Pattern> alternatives() {
        List<Pattern> out = new ArrayList<>();
        for (PatternNode n : copies) {
            out.add(n.pattern(new int[] {-1, -1}));
        }
        return out;
    }

    /** Notes this node's line in {@code at} (see {@link #pattern(int[])}) before its elements are read. */
    private void enter(int[] at) {
        if (line < 0) {
            return;
        }
        if (at[1] < 0) {
            at[1] = at[0] >= 0 && line > at[0] ? 1 : 0;
        }
        at[0] = Math.max(at[0], line);
    }

    /**
     * The elements of a sequence, mapping or class pattern; one the source began on a later line than what
     * came before it starts a line (the compiler reorders a pattern's stores only within one line).
     */
    private static List<Pattern> patterns(List<PatternNode> nodes, int[] at) {
        int first = at[1];
        List<Pattern> out = new ArrayList<>();
        for (PatternNode n : nodes) {
            at[1] = -1;
            Pattern p = n.pattern(at);
            out.add(at[1] == 1 ? new Pattern.OnNewLine(p) : p);
        }
        at[1] = first;
        return out;
    }

    private Pattern sequence(int[] lastLine) {
        if (elements != null) {
            return new Pattern.MatchSequence(patterns(elements, lastLine));
        }
        List<Pattern> out = new ArrayList<>();
        Pattern wildcard = new Pattern.MatchAs(null, null);
        if (byIndex.isEmpty()) {
            int n = Math.max(length, 0);
            for (int i = 0; i < n; i++) {
                out.add(wildcard);
            }
            if (atLeast || length < 0) {
                out.add(new Pattern.MatchStar(null));
            }
            return new Pattern.MatchSequence(out);
        }
        // elements taken by index around a *_: [a, *_, b] with len(subject) >= size - 1
        if (!atLeast) {
            throw new LiftException("match pattern: indexed sequence without a star");
        }
        int size = length + 1;
        int star = 0;
        for (int i : byIndex.keySet()) {
            if (i >= 0) {
                star = Math.max(star, i + 1);
            }
        }
        for (int i = 0; i < size; i++) {
            if (i == star) {
                out.add(new Pattern.MatchStar(null));
                continue;
            }
            PatternNode e = byIndex.get(i < star ? i : i - size);
            out.add(e == null ? wildcard : e.pattern(lastLine));
        }
        for (int i : byIndex.keySet()) {
            if (i >= star || i < 0 && size + i <= star) {
                throw new LiftException("match pattern: sequence index out of place");
            }
        }
        return new Pattern.MatchSequence(out);
    }

    private Pattern mapping(int[] lastLine) {
        if (keys == null) {
            if (rest != null || elements != null) {
                throw new LiftException("match pattern: unrecognised mapping");
            }
            return new Pattern.MatchMapping(List.of(), List.of(), null);
        }
        return new Pattern.MatchMapping(keys, patterns(elements, lastLine), rest);
    }

    private Pattern classPattern(int[] lastLine) {
        List<Pattern> all = patterns(elements, lastLine);
        return new Pattern.MatchClass(cls, all.subList(0, positional), kwdAttrs, all.subList(positional, all.size()));
    }
}
