package depyf.pyc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CPython's marshal format (versions 4 to 6, as written by 3.7 to 3.15) into {@link PyObject}s.
 *
 * <p>Hostile input is expected: every length is checked against the bytes that remain before anything
 * is allocated, nesting is capped like CPython's own reader (2000 levels), and every problem is a
 * {@link BadInputException} naming the byte offset.
 */
public final class MarshalReader {
    /** CPython's MAX_MARSHAL_STACK_DEPTH. */
    public static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;

    private final byte[] data;
    private final int end;
    private final PythonVersion version;
    private int pos;
    private int depth;
    private final List<PyObject> refs = new ArrayList<>();

    public MarshalReader(byte[] data, int start, PythonVersion version) {
        this.data = data;
        this.pos = start;
        this.end = data.length;
        this.version = version;
    }

    /** Reads one marshalled object at the start of {@code data}, written by {@code version}. */
    public static PyObject read(byte[] data, PythonVersion version) {
        return new MarshalReader(data, 0, version).readObject();
    }

    public int position() {
        return pos;
    }

    public PyObject readObject() {
        if (++depth > MAX_DEPTH) {
            throw new BadInputException(pos, "marshal data nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return readObjectUnchecked();
        } catch (StackOverflowError e) {
            // a thread with a small stack can run out before MAX_DEPTH; the outermost call reports it
            if (depth > 1) {
                throw e;
            }
            throw new BadInputException(pos, "marshal data nested too deeply for this reader's stack");
        } finally {
            depth--;
        }
    }

    private PyObject readObjectUnchecked() {
        int at = pos;
        int code = u8();
        boolean flag = (code & FLAG_REF) != 0;
        int type = code & ~FLAG_REF;
        return switch (type) {
            case '0' -> PyObject.Null.INSTANCE;
            case 'N' -> PyObject.None.INSTANCE;
            case 'F' -> PyObject.Bool.FALSE;
            case 'T' -> PyObject.Bool.TRUE;
            case 'S' -> PyObject.StopIteration.INSTANCE;
            case '.' -> PyObject.Ellipsis.INSTANCE;
            case 'i' -> ref(flag, PyObject.Int.of(i32()));
            case 'I' -> ref(flag, PyObject.Int.of(i64()));
            case 'l' -> ref(flag, readLong());
            case 'f' -> ref(flag, new PyObject.Float(textFloat()));
            case 'g' -> ref(flag, new PyObject.Float(Double.longBitsToDouble(i64())));
            case 'x' -> {
                double re = textFloat();
                yield ref(flag, new PyObject.Complex(re, textFloat()));
            }
            case 'y' -> {
                double re = Double.longBitsToDouble(i64());
                yield ref(flag, new PyObject.Complex(re, Double.longBitsToDouble(i64())));
            }
            case 's' -> ref(flag, new PyObject.Bytes(bytes(size())));
            case 't', 'u' -> ref(flag, new PyObject.Str(Utf8.decodeSurrogatePass(bytes(size()), at)));
            case 'a', 'A' -> ref(flag, new PyObject.Str(latin1(size())));
            case 'z', 'Z' -> ref(flag, new PyObject.Str(latin1(u8())));
            case '(' -> sequence(flag, size(), Kind.TUPLE);
            case ')' -> sequence(flag, u8(), Kind.TUPLE);
            case '[' -> sequence(flag, size(), Kind.LIST);
            case '<' -> sequence(flag, size(), Kind.SET);
            case '>' -> sequence(flag, size(), Kind.FROZENSET);
            case '{' -> dict(flag, false);
            case '}' -> dict(flag, true);
            case ':' -> slice(flag);
            case 'c' -> code(flag, at);
            case 'r' -> {
                long index = u32();
                if (index >= refs.size() || refs.get((int) index) == null) {
                    throw new BadInputException(at, "marshal reference " + index + " to an object not yet read");
                }
                yield refs.get((int) index);
            }
            default -> throw new BadInputException(at, String.format(
                    "unknown marshal type code 0x%02x%s", code,
                    type >= 0x20 && type < 0x7f ? " ('" + (char) type + "')" : ""));
        };
    }

    private enum Kind { TUPLE, LIST, SET, FROZENSET }

    private PyObject ref(boolean flag, PyObject o) {
        if (flag) {
            refs.add(o);
        }
        return o;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject fill(int slot, PyObject o) {
        if (slot >= 0) {
            refs.set(slot, o);
        }
        return o;
    }

    private PyObject sequence(boolean flag, int n, Kind kind) {
        // every item takes at least one byte
        need(n, "a " + kind.name().toLowerCase() + " of " + n + " items");
        int slot = reserve(flag);
        List<PyObject> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = pos;
            PyObject item = readObject();
            if (item instanceof PyObject.Null) {
                throw new BadInputException(at, "NULL inside a " + kind.name().toLowerCase());
            }
            items.add(item);
        }
        List<PyObject> list = List.copyOf(items);
        return fill(slot, switch (kind) {
            case TUPLE -> new PyObject.Tuple(list);
            case LIST -> new PyObject.PyList(list);
            case SET -> new PyObject.Set(list);
            case FROZENSET -> new PyObject.FrozenSet(list);
        });
    }

    private PyObject dict(boolean flag, boolean frozen) {
        int slot = reserve(flag);
        List<PyObject> keys = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        while (true) {
            PyObject key = readObject();
            if (key instanceof PyObject.Null) {
                break;
            }
            keys.add(key);
            values.add(readObject());
        }
        return fill(slot, frozen ? new PyObject.FrozenDict(List.copyOf(keys), List.copyOf(values))
                : new PyObject.Dict(List.copyOf(keys), List.copyOf(values)));
    }

    private PyObject slice(boolean flag) {
        int slot = reserve(flag);
        PyObject start = readObject();
        PyObject stop = readObject();
        PyObject step = readObject();
        return fill(slot, new PyObject.Slice(start, stop, step));
    }

    private PyObject readLong() {
        int at = pos;
        int n = i32();
        int count = Math.abs(n);
        if (n == Integer.MIN_VALUE) {
            throw new BadInputException(at, "long int with an impossible digit count");
        }
        need(2L * count, "a long int of " + count + " digits");
        BigInteger value = BigInteger.ZERO;
        int[] digits = new int[count];
        for (int i = 0; i < count; i++) {
            int d = u16();
            if (d >= 1 << 15) {
                throw new BadInputException(pos - 2, "long int digit out of range");
            }
            digits[i] = d;
        }
        if (count > 0 && digits[count - 1] == 0) {
            throw new BadInputException(at, "unnormalized long int");
        }
        for (int i = count - 1; i >= 0; i--) {
            value = value.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
        }
        return new PyObject.Int(n < 0 ? value.negate() : value);
    }

    private double textFloat() {
        int at = pos;
        String text = latin1(u8());
        try {
            return switch (text) {
                case "inf", "+inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(text);
            };
        } catch (NumberFormatException e) {
            throw new BadInputException(at, "bad float text '" + text + "'");
        }
    }

    private PyObject code(boolean flag, int at) {
        int slot = reserve(flag);
        CodeObject co = version.atLeast(3, 11) ? newCode(at) : oldCode(at);
        return fill(slot, co);
    }

    /** 3.7 to 3.10 layout. */
    private CodeObject oldCode(int at) {
        int argCount = i32();
        int posOnly = version.atLeast(3, 8) ? i32() : 0;
        int kwOnly = i32();
        int nlocals = i32();
        int stackSize = i32();
        int flags = i32();
        byte[] code = bytesObject("co_code");
        List<PyObject> consts = tuple("co_consts");
        List<String> names = strings("co_names");
        List<String> varnames = strings("co_varnames");
        List<String> freevars = strings("co_freevars");
        List<String> cellvars = strings("co_cellvars");
        String filename = string("co_filename");
        String name = string("co_name");
        int firstLineNo = i32();
        byte[] lineTable = bytesObject(version.atLeast(3, 10) ? "co_linetable" : "co_lnotab");

        if (nlocals != varnames.size()) {
            throw new BadInputException(at, "code object '" + name + "' has co_nlocals " + nlocals
                    + " but " + varnames.size() + " varnames");
        }
        List<String> plus = new ArrayList<>(varnames);
        plus.addAll(cellvars);
        plus.addAll(freevars);
        byte[] kinds = new byte[plus.size()];
        int args = argCount + kwOnly + ((flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int i = 0; i < kinds.length; i++) {
            int k = i < varnames.size() ? CodeObject.KIND_LOCAL
                    : i < varnames.size() + cellvars.size() ? CodeObject.KIND_CELL : CodeObject.KIND_FREE;
            if (i < args) {
                k |= CodeObject.KIND_ARG_POS;
            }
            kinds[i] = (byte) k;
        }
        CodeObject co = new CodeObject(version, argCount, posOnly, kwOnly, nlocals, stackSize, flags, code,
                consts, names, List.copyOf(plus), kinds, filename, name, name, firstLineNo, lineTable, new byte[0]);
        checkCode(co, at, args);
        return co;
    }

    /** 3.11 to 3.15 layout. */
    private CodeObject newCode(int at) {
        int argCount = i32();
        int posOnly = i32();
        int kwOnly = i32();
        int stackSize = i32();
        int flags = i32();
        byte[] code = bytesObject("co_code");
        List<PyObject> consts = tuple("co_consts");
        List<String> names = strings("co_names");
        List<String> plusNames = strings("co_localsplusnames");
        byte[] kinds = bytesObject("co_localspluskinds");
        String filename = string("co_filename");
        String name = string("co_name");
        String qualname = string("co_qualname");
        int firstLineNo = i32();
        byte[] lineTable = bytesObject("co_linetable");
        byte[] exceptionTable = bytesObject("co_exceptiontable");

        if (plusNames.size() != kinds.length) {
            throw new BadInputException(at, "code object '" + name + "' has " + plusNames.size()
                    + " localsplus names but " + kinds.length + " kinds");
        }
        int nlocals = 0;
        for (byte k : kinds) {
            if ((k & CodeObject.KIND_LOCAL) != 0) {
                nlocals++;
            }
        }
        int args = argCount + kwOnly + ((flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        CodeObject co = new CodeObject(version, argCount, posOnly, kwOnly, nlocals, stackSize, flags, code,
                consts, names, plusNames, kinds, filename, name, qualname, firstLineNo, lineTable, exceptionTable);
        checkCode(co, at, args);
        return co;
    }

    private static void checkCode(CodeObject co, int at, int args) {
        String what = "code object '" + co.name() + "' ";
        if (co.argCount() < 0 || co.posOnlyArgCount() < 0 || co.kwOnlyArgCount() < 0 || co.stackSize() < 0) {
            throw new BadInputException(at, what + "has a negative count");
        }
        if (co.posOnlyArgCount() > co.argCount()) {
            throw new BadInputException(at, what + "has more positional-only arguments than arguments");
        }
        if (args > co.nlocals()) {
            throw new BadInputException(at, what + "declares " + args + " arguments but has only "
                    + co.nlocals() + " locals");
        }
        if (co.code().length % 2 != 0) {
            throw new BadInputException(at, what + "has bytecode of odd length " + co.code().length);
        }
    }

    private byte[] bytesObject(String field) {
        int at = pos;
        PyObject o = readObject();
        if (o instanceof PyObject.Bytes b) {
            return b.value();
        }
        throw new BadInputException(at, field + " should be bytes, found " + o.typeName());
    }

    private List<PyObject> tuple(String field) {
        int at = pos;
        PyObject o = readObject();
        if (o instanceof PyObject.Tuple t) {
            return t.items();
        }
        throw new BadInputException(at, field + " should be a tuple, found " + o.typeName());
    }

    private List<String> strings(String field) {
        int at = pos;
        List<PyObject> items = tuple(field);
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof PyObject.Str s)) {
                throw new BadInputException(at, field + " should hold only str, found " + items.get(i).typeName());
            }
            out[i] = s.value();
        }
        return List.of(out);
    }

    private String string(String field) {
        int at = pos;
        PyObject o = readObject();
        if (o instanceof PyObject.Str s) {
            return s.value();
        }
        throw new BadInputException(at, field + " should be a str, found " + o.typeName());
    }

    // ---- primitive reads ----

    private void need(long n, String what) {
        if (n > end - pos) {
            throw new BadInputException(pos, what + " needs " + n + " bytes but only " + (end - pos) + " remain");
        }
    }

    private int u8() {
        need(1, "a byte");
        return data[pos++] & 0xff;
    }

    private int u16() {
        need(2, "a 16-bit value");
        int v = (data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8;
        pos += 2;
        return v;
    }

    private int i32() {
        need(4, "a 32-bit value");
        int v = (data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8 | (data[pos + 2] & 0xff) << 16
                | (data[pos + 3] & 0xff) << 24;
        pos += 4;
        return v;
    }

    private long u32() {
        return i32() & 0xffffffffL;
    }

    private long i64() {
        long lo = u32();
        long hi = u32();
        return lo | hi << 32;
    }

    private int size() {
        int at = pos;
        int n = i32();
        if (n < 0) {
            throw new BadInputException(at, "negative length " + n);
        }
        return n;
    }

    private byte[] bytes(int n) {
        need(n, "a string of " + n + " bytes");
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    private String latin1(int n) {
        need(n, "a string of " + n + " bytes");
        String s = new String(data, pos, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }
}
