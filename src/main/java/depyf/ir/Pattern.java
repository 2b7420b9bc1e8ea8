package depyf.ir;

import depyf.pyc.PyObject;
import java.util.List;

/** Patterns of {@code match} statements, as Python's ast.pattern. */
public sealed interface Pattern {

    /** A literal or dotted value: {@code 1}, {@code "x"}, {@code Color.RED}. */
    record MatchValue(Expr value) implements Pattern {}

    /** {@code None}, {@code True}, {@code False}. */
    record MatchSingleton(PyObject value) implements Pattern {}

    record MatchSequence(List<Pattern> patterns) implements Pattern {}

    /** {@code {key: p, **rest}}; rest may be null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** {@code *name} inside a sequence; name null for {@code *_}. */
    record MatchStar(String name) implements Pattern {}

    /** {@code pattern as name}; pattern null for a capture; both null for the wildcard {@code _}. */
    record MatchAs(Pattern pattern, String name) implements Pattern {}

    record MatchOr(List<Pattern> patterns) implements Pattern {}

    /**
     * A capture the source wrote on a later line than the one before it: its store keeps that line (3.11+
     * reorder the stores of a pattern, dropping the SWAPs between them, only when they share a line).
     */
    record OnNewLine(Pattern pattern) implements Pattern {}
}
