package depyf.pipeline;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Env;
import depyf.lift.LiftException;
import depyf.pyc.CodeObject;
import depyf.structure.DisplacedTailContradicted;
import depyf.structure.Walker;
import depyf.transform.Transforms;
import java.util.List;

/**
 * Decompiles one code object and, through {@link Env.Nested}, the code objects nested in it. A code
 * object that cannot be recovered becomes an {@link Stmt.Unrecoverable} body and a warning; the rest
 * of the file is unaffected.
 */
final class CodeDecompiler implements Env.Nested {
    /** Work units allowed per code object (instructions stepped, regions walked). */
    static final int BUDGET = 200_000;

    private final List<String> warnings;
    /** Code objects to print as their disassembly whatever they decompile to, with the reason (see {@link Decompiler}). */
    private final java.util.Map<CodeObject, String> withdrawn;
    /** The code objects that fell back (or were withdrawn), by identity. */
    private final java.util.Set<CodeObject> fellBack =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<depyf.ir.Expr> lineStarts =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<depyf.ir.Expr> lineJoins =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    CodeDecompiler(List<String> warnings, java.util.Map<CodeObject, String> withdrawn) {
        this.warnings = warnings;
        this.withdrawn = withdrawn;
    }

    java.util.Set<CodeObject> fellBack() {
        return fellBack;
    }

    /** The body of a top-level code object: a module, or a function's body when given a function's code. */
    List<Stmt> top(CodeObject code) {
        if (code.hasFlag(CodeObject.CO_OPTIMIZED) || code.hasFlag(CodeObject.CO_NEWLOCALS)) {
            return decompile(code, Transforms.Kind.FUNCTION);
        }
        return decompile(code, code.name().equals("<module>") ? Transforms.Kind.MODULE : Transforms.Kind.CLASS);
    }

    @Override
    public java.util.Set<depyf.ir.Expr> lineStarts() {
        return lineStarts;
    }

    @Override
    public java.util.Set<depyf.ir.Expr> lineJoins() {
        return lineJoins;
    }

    @Override
    public List<Stmt> body(CodeObject code) {
        return decompile(code, Transforms.Kind.FUNCTION);
    }

    @Override
    public List<Stmt> classBody(CodeObject code) {
        return decompile(code, Transforms.Kind.CLASS);
    }

    /** With {@link FunctionTimes} on: the time spent in the nested code objects of the one being decompiled. */
    private long nestedNanos;

    private List<Stmt> decompile(CodeObject code, Transforms.Kind kind) {
        if (!FunctionTimes.on()) {
            return recover(code, kind);
        }
        long start = System.nanoTime();
        long outer = nestedNanos;
        nestedNanos = 0;
        try {
            return recover(code, kind);
        } finally {
            long took = System.nanoTime() - start;
            FunctionTimes.record(took - nestedNanos, code.filename(), code.qualname());
            nestedNanos = outer + took;
        }
    }

    private List<Stmt> recover(CodeObject code, Transforms.Kind kind) {
        try {
            String withdrawal = withdrawn.get(code);
            if (withdrawal != null) {
                throw new LiftException(withdrawal);
            }
            Code layout = depyf.lift.ResumeLayout.apply(new Code(code));
            if (!Walker.hasOrphanedHandlers(layout)) {
                return structured(code, kind, layout, true);
            }
            int warned = warnings.size();
            java.util.Set<CodeObject> failed = new java.util.HashSet<>(fellBack);
            try {
                return structured(code, kind, layout, true);
            } catch (LiftException | ClassCastException | IndexOutOfBoundsException | NullPointerException
                     | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
                // a try protecting nothing read where its handler says it is failed: the handler left
                // unread, as dead code (what it is at run time), the try dropped
                if (System.getenv("DEPYF_DEBUG") != null) {
                    e.printStackTrace();
                }
                warnings.subList(warned, warnings.size()).clear();
                fellBack.retainAll(failed);
                return structured(code, kind, layout, false);
            }
        } catch (LiftException | ClassCastException | IndexOutOfBoundsException | NullPointerException
                 | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
            String reason = e instanceof LiftException ? e.getMessage() : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (System.getenv("DEPYF_DEBUG") != null) {
                e.printStackTrace();
            }
            warnings.add(code.qualname() + " (line " + code.firstLineNo() + "): " + reason);
            fellBack.add(code);
            FallbackKeeps keeps = FallbackKeeps.of(code, kind == Transforms.Kind.CLASS);
            return List.of(new Stmt.Unrecoverable(code.qualname(), reason, disassembly(code), keeps.freeVariables(),
                    keeps.selfAttributes()));
        }
    }

    /** The statements of {@code code}, laid out as {@code layout}; {@code orphans}: read tries protecting nothing. */
    private List<Stmt> structured(CodeObject code, Transforms.Kind kind, Code layout, boolean orphans) {
        try {
            return structured(code, kind, layout, orphans, true);
        } catch (DisplacedTailContradicted e) {
            // a for loop's body read as going on in code laid out after the handlers, which a branch of
            // the body contradicts: read again with that code the end of the branch whose try reaches it
            return structured(code, kind, layout, orphans, false);
        }
    }

    private List<Stmt> structured(CodeObject code, Transforms.Kind kind, Code layout, boolean orphans, boolean forTails) {
        Env env = new Env(layout, this, BUDGET);
        Walker walker = new Walker(env, orphans, forTails);
        List<Stmt> walked = walker.body();
        Coverage.check(env, walked);
        List<Stmt> body = Transforms.apply(walked, code, kind, env.explicitReturns, env.linelessContinues, env.returnLines);
        body = UnreachableCode.prune(body, env.atLeast(3, 10));
        if (kind == Transforms.Kind.FUNCTION) {
            body = DeadBindings.declareDeadBindings(body, layout, code, walker.readCode());
        }
        return env.dynamo != null ? depyf.transform.DynamoTidy.apply(body, code) : body;
    }

    private static String disassembly(CodeObject code) {
        try {
            return depyf.dis.Disassembler.disassemble(code);
        } catch (RuntimeException e) {
            return "(disassembly unavailable: " + e + ")";
        }
    }
}
