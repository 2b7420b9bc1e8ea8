package depyf.dis;

import java.util.List;
import java.util.Optional;

/** Gives tests of other packages the interpreters {@link Interpreters} finds. */
public final class InterpretersAccess {
    private InterpretersAccess() {}

    public static Optional<List<String>> command(String version) {
        return Interpreters.command(version);
    }
}
