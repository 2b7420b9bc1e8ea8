package depyf.structure;

import depyf.lift.LiftException;

/**
 * A then-branch breaking to the loop's head in a region going on elsewhere: when that region is a for
 * loop's body taken to go on in code laid out after the handlers ({@link ForLoops#displacedTail}), that
 * code may instead be the end of the branch holding the try whose clauses reach it. Thrown by
 * {@link Branches}; the function is read again without such tails ({@code CodeDecompiler}).
 */
public final class DisplacedTailContradicted extends LiftException {
    DisplacedTailContradicted(int offset) {
        super("then-branch breaks to the loop's head, but the region goes on at " + offset);
    }
}
