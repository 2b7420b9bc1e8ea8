package depyf.bytecode;

import depyf.pyc.PythonVersion;
import java.util.List;

/**
 * How one version's {@code dis} reads bytecode, as data: the version knowledge the opcode tables cannot
 * carry (units and direction of jumps, oparg encodings, naming rules). Every rule names the versions it
 * holds for, so that this is the one place to look.
 *
 * @param jumpUnitBytes bytes per unit of a jump argument (1 before 3.10, 2 after)
 * @param jumpSkipsCaches relative jumps count from after the inline caches (3.12+)
 * @param absoluteJumpShowsTarget dis gives absolute jumps an argval/argrepr target (3.10+)
 * @param extendedArgKeptAcrossNoArg an opcode without argument does not reset EXTENDED_ARG (before 3.10)
 * @param extendedArgSigned EXTENDED_ARG wraps to a signed 32-bit value (3.11+)
 * @param localsPlus local and cell/free indexes go through co_localsplusnames (3.11+)
 * @param onlyLoadConstResolvesConst only LOAD_CONST gets its constant (3.11: not KW_NAMES)
 * @param compareShift COMPARE_OP's argument is shifted by this before indexing cmp_op (0, 3.12: 4, 3.13+: 5)
 * @param compareBoolFlag COMPARE_OP's bit 16 means "bool(...)" (3.13+)
 * @param nullSuffix LOAD_GLOBAL/LOAD_ATTR flag shown as "x + NULL" (3.13+) rather than "NULL + x" (3.11, 3.12)
 * @param globalNullFlag LOAD_GLOBAL's low bit pushes NULL (3.11+)
 * @param attrMethodFlag LOAD_ATTR's low bit (3.12+) and LOAD_SUPER_ATTR's two low bits
 * @param importNameFlags IMPORT_NAME's two low bits are lazy/eager (3.15+)
 * @param labels jumps are shown as labels "L3" (3.13+) rather than byte offsets
 * @param functionFlags the MAKE_FUNCTION (3.8-3.12) or SET_FUNCTION_ATTRIBUTE (3.13+) flag names
 * @param functionFlagsOpname which opcode carries them
 */
public record DisRules(
        PythonVersion version,
        int jumpUnitBytes,
        boolean jumpSkipsCaches,
        boolean absoluteJumpShowsTarget,
        boolean extendedArgKeptAcrossNoArg,
        boolean extendedArgSigned,
        boolean localsPlus,
        boolean onlyLoadConstResolvesConst,
        int compareShift,
        boolean compareBoolFlag,
        boolean nullSuffix,
        boolean globalNullFlag,
        boolean attrMethodFlag,
        boolean importNameFlags,
        boolean labels,
        List<String> functionFlags,
        String functionFlagsOpname) {

    private static final List<String> FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");

    public static DisRules of(PythonVersion v) {
        boolean v310 = v.atLeast(3, 10);
        boolean v311 = v.atLeast(3, 11);
        boolean v312 = v.atLeast(3, 12);
        boolean v313 = v.atLeast(3, 13);
        List<String> functionFlags = v.before(3, 8) ? List.of()
                : v.atLeast(3, 14) ? List.of("defaults", "kwdefaults", "annotations", "closure", "annotate")
                : FUNCTION_FLAGS;
        return new DisRules(v,
                v310 ? 2 : 1,
                v312,
                v310,
                !v310,
                v311,
                v311,
                v311 && !v312,
                v313 ? 5 : v312 ? 4 : 0,
                v313,
                v313,
                v311,
                v312,
                v.atLeast(3, 15),
                v313,
                functionFlags,
                v313 ? "SET_FUNCTION_ATTRIBUTE" : "MAKE_FUNCTION");
    }

    /** FORMAT_VALUE (before 3.13) and CONVERT_VALUE conversion names. */
    public static final List<String> CONVERSIONS = List.of("", "str", "repr", "ascii");
}
