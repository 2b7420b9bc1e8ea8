package depyf.ir;

import depyf.pyc.PyObject;
import java.util.List;

/**
 * Expressions, one record per kind of Python's ast.expr. Optional parts are null.
 * No printing here: see depyf.print.
 */
public sealed interface Expr {

    /** A variable of any scope (local, global, cell, free, class-body name). */
    record Name(String id) implements Expr {}

    record Constant(PyObject value) implements Expr {}

    record Attribute(Expr value, String attr) implements Expr {}

    record Subscript(Expr value, Expr index) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    record Slice(Expr lower, Expr upper, Expr step) implements Expr {}

    /** A call; {@code args} may hold {@link Starred}; a keyword with a null name is {@code **value}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Keyword(String name, Expr value) {}

    record BinOp(Expr left, Operator.Binary op, Expr right) implements Expr {}

    record UnaryOp(Operator.Unary op, Expr operand) implements Expr {}

    record BoolOp(Operator.Bool op, List<Expr> values) implements Expr {}

    record Compare(Expr left, List<Operator.Compare> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse) implements Expr {}

    record Lambda(Arguments args, Expr body) implements Expr {}

    record NamedExpr(Expr target, Expr value) implements Expr {}

    record Tuple(List<Expr> elts) implements Expr {}

    record ListExpr(List<Expr> elts) implements Expr {}

    record SetExpr(List<Expr> elts) implements Expr {}

    /** A dict display; a null key means {@code **value}. */
    record Dict(List<Expr> keys, List<Expr> values) implements Expr {}

    record Starred(Expr value) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    /**
     * @param newLines which clauses the printer starts on a new line inside the brackets (the element is always
     *     on the first): bit 0 the {@code for}, bit 1 + i the i-th {@code if}. Line numbers shape the bytecode:
     *     3.12 threads a condition's jump to the loop's back jump only when the condition is on the element's
     *     line, 3.14 pairs the target's store and the next load into STORE_FAST_LOAD_FAST (never borrowed) only
     *     on one line; see {@code Comprehensions.withLineBreaks}
     */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, int newLines) {
        public Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
            this(target, iter, ifs, isAsync, 0);
        }

        public boolean forOnNewLine() {
            return (newLines & 1) != 0;
        }

        public boolean ifOnNewLine(int i) {
            return (newLines & (2 << i)) != 0;
        }
    }

    record Await(Expr value) implements Expr {}

    /** {@code yield} with an optional value. */
    record Yield(Expr value) implements Expr {}

    record YieldFrom(Expr value) implements Expr {}

    /** An f-string: a sequence of {@link Constant} str parts and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> values) implements Expr {}

    /**
     * One {@code {value!conversion:spec}} of an f-string. conversion is -1 (none), 's', 'r' or 'a';
     * formatSpec is null or a {@link JoinedStr}.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec) implements Expr {}

    /**
     * An expression the compiler kept as its source text: annotations under
     * {@code from __future__ import annotations}, which are stored as the string {@code ast.unparse} gives.
     */
    record SourceText(String text) implements Expr {}

    /** A t-string (3.14): {@link Constant} str parts and {@link Interpolation}s. */
    record TemplateStr(List<Expr> values) implements Expr {}

    /** One {@code {value!conversion:spec}} of a t-string; {@code text} is the expression's source text. */
    record Interpolation(Expr value, String text, int conversion, Expr formatSpec) implements Expr {}
}
