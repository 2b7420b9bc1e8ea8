package depyf.bytecode;

import depyf.bytecode.OpcodeTable.Flag;
import depyf.bytecode.OpcodeTable.Opcode;
import depyf.pyc.BadInputException;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns an instruction's argument into dis's argval and argrepr for one code object, following the
 * branches of that version's {@code dis} (its {@code _get_instructions_bytes} or {@code ArgResolver}).
 */
final class ArgumentDecoder {
    /** argval and argrepr of one instruction. */
    record Resolved(Object argval, String argrepr) {}

    /** The 3.13+ opcodes whose argument holds two local indexes, four bits each. */
    private static final java.util.Set<String> PAIRED_LOCALS = java.util.Set.of("LOAD_FAST_LOAD_FAST",
            "LOAD_FAST_BORROW_LOAD_FAST_BORROW", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST");

    private final CodeObject code;
    private final OpcodeTable table;
    private final DisRules rules;
    private final IntFunction<String> labelOf;

    /** {@code labelOf} gives the label number of a jump target offset (3.13+), else null. */
    ArgumentDecoder(CodeObject code, OpcodeTable table, DisRules rules, IntFunction<String> labelOf) {
        this.code = code;
        this.table = table;
        this.rules = rules;
        this.labelOf = labelOf;
    }

    Resolved resolve(Opcode op, int arg, int offset, int jumpTarget) {
        String name = op.name();
        if (op.has(Flag.CONST)) {
            PyObject value = item(code.consts(), arg, "constant", offset);
            boolean shown = !rules.onlyLoadConstResolvesConst() || name.equals("LOAD_CONST");
            return new Resolved(value, shown ? ConstantText.repr(value, code.version()) : "");
        }
        if (op.has(Flag.NAME)) {
            return nameArg(name, arg, offset);
        }
        if (op.isJump()) {
            if (op.has(Flag.JABS) && !rules.absoluteJumpShowsTarget()) {
                return new Resolved(arg, "");
            }
            if (rules.labels()) {
                String preposition = name.equals("END_ASYNC_FOR") ? "from" : "to";
                return new Resolved(jumpTarget, preposition + " L" + labelOf.apply(jumpTarget));
            }
            return new Resolved(jumpTarget, "to " + jumpTarget);
        }
        if (rules.labels() && PAIRED_LOCALS.contains(name)) {
            String first = local(arg >> 4, offset);
            String second = local(arg & 15, offset);
            return new Resolved(List.of(first, second), first + ", " + second);
        }
        if (op.has(Flag.LOCAL)) {
            String n = local(arg, offset);
            return new Resolved(n, n);
        }
        if (op.has(Flag.FREE)) {
            String n = rules.localsPlus() ? local(arg, offset) : cellOrFree(arg, offset);
            return new Resolved(n, n);
        }
        if (op.has(Flag.COMPARE)) {
            String cmp = item(table.compareOps(), arg >> rules.compareShift(), "comparison", offset);
            return new Resolved(cmp, rules.compareBoolFlag() && (arg & 16) != 0 ? "bool(" + cmp + ")" : cmp);
        }
        return new Resolved(specialValue(name, arg), special(name, arg, offset));
    }

    /** 3.15 gives LOAD_COMMON_CONSTANT's literal values (None, '', True, False, -1) as argval. */
    private Object specialValue(String name, int arg) {
        if (name.equals("LOAD_COMMON_CONSTANT") && rules.version().atLeast(3, 15)
                && arg >= 0 && arg < table.commonConstants().size()) {
            PyObject literal = switch (table.commonConstants().get(arg)) {
                case "None" -> PyObject.None.INSTANCE;
                case "True" -> PyObject.Bool.TRUE;
                case "False" -> PyObject.Bool.FALSE;
                case "''" -> new PyObject.Str("");
                case "-1" -> PyObject.Int.of(-1);
                default -> null;
            };
            if (literal != null) {
                return literal;
            }
        }
        return arg;
    }

    private Resolved nameArg(String name, int arg, int offset) {
        int index = arg;
        String suffix = null;
        if (name.equals("LOAD_GLOBAL") && rules.globalNullFlag()) {
            index = arg >> 1;
            suffix = (arg & 1) != 0 ? "NULL" : null;
        } else if (name.equals("LOAD_ATTR") && rules.attrMethodFlag()) {
            index = arg >> 1;
            suffix = (arg & 1) != 0 ? "NULL|self" : null;
        } else if (name.equals("LOAD_SUPER_ATTR") && rules.attrMethodFlag()) {
            index = arg >> 2;
            suffix = (arg & 1) != 0 ? "NULL|self" : null;
        } else if (name.equals("IMPORT_NAME") && rules.importNameFlags()) {
            index = arg >> 2;
            suffix = (arg & 1) != 0 ? "lazy" : (arg & 2) != 0 ? "eager" : null;
        }
        String n = item(code.names(), index, "name", offset);
        if (suffix == null || n.isEmpty()) {  // dis adds no flag to an empty name (from . import x)
            return new Resolved(n, n);
        }
        return new Resolved(n, rules.nullSuffix() ? n + " + " + suffix : suffix + " + " + n);
    }

    /** The arguments dis renders without looking anything up: operators, flags, conversions. */
    private String special(String name, int arg, int offset) {
        switch (name) {
            case "FORMAT_VALUE" -> {
                String conv = DisRules.CONVERSIONS.get(arg & 3);
                if ((arg & 4) != 0) {
                    return conv.isEmpty() ? "with format" : conv + ", with format";
                }
                return conv;
            }
            case "CONVERT_VALUE" -> {
                return item(DisRules.CONVERSIONS, arg, "conversion", offset);
            }
            case "BINARY_OP" -> {
                return item(table.binaryOps(), arg, "binary operator", offset);
            }
            case "CALL_INTRINSIC_1" -> {
                return item(table.intrinsics1(), arg, "intrinsic", offset);
            }
            case "CALL_INTRINSIC_2" -> {
                return item(table.intrinsics2(), arg, "intrinsic", offset);
            }
            case "LOAD_COMMON_CONSTANT" -> {
                return item(table.commonConstants(), arg, "common constant", offset);
            }
            case "LOAD_SPECIAL" -> {
                return item(table.specialMethods(), arg, "special method", offset);
            }
            case "IS_OP" -> {
                return rules.version().atLeast(3, 14) ? (arg != 0 ? "is not" : "is") : "";
            }
            case "CONTAINS_OP" -> {
                return rules.version().atLeast(3, 14) ? (arg != 0 ? "not in" : "in") : "";
            }
            default -> {
                if (name.equals(rules.functionFlagsOpname())) {
                    List<String> set = new ArrayList<>();
                    for (int i = 0; i < rules.functionFlags().size(); i++) {
                        if ((arg & (1 << i)) != 0) {
                            set.add(rules.functionFlags().get(i));
                        }
                    }
                    return String.join(", ", set);
                }
                return "";
            }
        }
    }

    /** A fast local (before 3.11: co_varnames) or, from 3.11, any localsplus slot. */
    private String local(int index, int offset) {
        return item(rules.localsPlus() ? code.localsPlusNames() : code.varnames(), index, "local", offset);
    }

    /** Before 3.11: co_cellvars + co_freevars. */
    private String cellOrFree(int index, int offset) {
        List<String> cells = new ArrayList<>(code.cellvars());
        cells.addAll(code.freevars());
        return item(cells, index, "cell or free variable", offset);
    }

    private <T> T item(List<T> list, int index, String what, int offset) {
        if (index < 0 || index >= list.size()) {
            throw new BadInputException(-1, "code object '" + code.name() + "': instruction at offset " + offset
                    + " refers to " + what + " " + index + " of " + list.size());
        }
        return list.get(index);
    }
}
