package depyf.structure;

import java.util.Set;

/**
 * Where a walk is: the enclosing loop (for break and continue), the exception handlers already
 * being structured (so their ranges do not start a new try), and the position that falling off the
 * end of the current region continues at.
 *
 * @param loop the innermost loop, or null
 * @param handlers handler targets owned by enclosing constructs
 * @param follow the instruction index control reaches after this region, or -1 when unknown
 * @param exactFollow the region is a branch of an if statement, so a jump out of it to anywhere but
 *     {@code follow} (or an equivalent exit) skips code the statement would run: the structure is wrong.
 *     Other regions' follow is only where their range ends (a try body's, before its unwinding tail)
 */
record Region(Loop loop, Set<Integer> handlers, int follow, boolean exactFollow) {

    Region(Loop loop, Set<Integer> handlers, int follow) {
        this(loop, handlers, follow, false);
    }

    /**
     * A loop being structured: continue goes to one of {@code continues}, break to {@code exit}; its body
     * ends before {@code bodyEnd}, so any forward jump at or past it leaves the loop.
     */
    record Loop(Set<Integer> continues, int exit, int bodyEnd, boolean isFor, Loop parent) {
        /** True when t continues this loop or one enclosing it. */
        boolean continuesThisOrOuter(int t) {
            return continues.contains(t) || continuesOuter(t);
        }

        /** True when t continues a loop enclosing this one. */
        boolean continuesOuter(int t) {
            for (Loop p = parent; p != null; p = p.parent) {
                if (p.continues.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    Region withFollow(int f) {
        return new Region(loop, handlers, f);
    }

    Region withExactFollow(int f) {
        return new Region(loop, handlers, f, true);
    }

    Region withLoop(Loop l, int f) {
        return new Region(l, handlers, f);
    }

    Region withHandler(int target, int f) {
        Set<Integer> hs = new java.util.HashSet<>(handlers);
        hs.add(target);
        return new Region(loop, hs, f);
    }
}
