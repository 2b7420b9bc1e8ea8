package depyf.pyc;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * A value read from a marshal stream: the constants of code objects and the code objects themselves.
 * Immutable; collections keep the order in which marshal wrote their items.
 */
public sealed interface PyObject
        permits PyObject.None, PyObject.Bool, PyObject.Ellipsis, PyObject.StopIteration, PyObject.Null,
                PyObject.Int, PyObject.Float, PyObject.Complex, PyObject.Str, PyObject.Bytes,
                PyObject.Tuple, PyObject.PyList, PyObject.Dict, PyObject.Set, PyObject.FrozenSet,
                PyObject.Slice, PyObject.FrozenDict, CodeObject {

    /** Python's type name of this value, e.g. "int", "tuple", "code". */
    String typeName();

    record None() implements PyObject {
        public static final None INSTANCE = new None();
        public String typeName() { return "NoneType"; }
    }

    record Bool(boolean value) implements PyObject {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);
        public String typeName() { return "bool"; }
    }

    record Ellipsis() implements PyObject {
        public static final Ellipsis INSTANCE = new Ellipsis();
        public String typeName() { return "ellipsis"; }
    }

    /** The StopIteration type object (marshal 'S'); never seen in compiled code, but legal. */
    record StopIteration() implements PyObject {
        public static final StopIteration INSTANCE = new StopIteration();
        public String typeName() { return "type"; }
    }

    /** marshal's NULL ('0'): ends a dict; never a constant. */
    record Null() implements PyObject {
        public static final Null INSTANCE = new Null();
        public String typeName() { return "NULL"; }
    }

    record Int(BigInteger value) implements PyObject {
        public static Int of(long v) { return new Int(BigInteger.valueOf(v)); }
        public String typeName() { return "int"; }
    }

    record Float(double value) implements PyObject {
        public String typeName() { return "float"; }
        @Override public boolean equals(Object o) {
            return o instanceof Float f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }
        @Override public int hashCode() { return Long.hashCode(Double.doubleToRawLongBits(value)); }
    }

    record Complex(double real, double imag) implements PyObject {
        public String typeName() { return "complex"; }
        @Override public boolean equals(Object o) {
            return o instanceof Complex c
                    && Double.doubleToRawLongBits(c.real) == Double.doubleToRawLongBits(real)
                    && Double.doubleToRawLongBits(c.imag) == Double.doubleToRawLongBits(imag);
        }
        @Override public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(real)) * 31 + Long.hashCode(Double.doubleToRawLongBits(imag));
        }
    }

    /** A str; lone surrogates, which marshal allows, are kept as lone UTF-16 surrogates. */
    record Str(String value) implements PyObject {
        public String typeName() { return "str"; }
    }

    record Bytes(byte[] value) implements PyObject {
        public String typeName() { return "bytes"; }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(b.value, value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "Bytes[" + value.length + "]"; }
    }

    record Tuple(List<PyObject> items) implements PyObject {
        public static final Tuple EMPTY = new Tuple(List.of());
        public String typeName() { return "tuple"; }
    }

    record PyList(List<PyObject> items) implements PyObject {
        public String typeName() { return "list"; }
    }

    record Dict(List<PyObject> keys, List<PyObject> values) implements PyObject {
        public String typeName() { return "dict"; }
    }

    record Set(List<PyObject> items) implements PyObject {
        public String typeName() { return "set"; }
    }

    record FrozenSet(List<PyObject> items) implements PyObject {
        public String typeName() { return "frozenset"; }
    }

    /** A frozendict (marshal '}' since 3.15). */
    record FrozenDict(List<PyObject> keys, List<PyObject> values) implements PyObject {
        public String typeName() { return "frozendict"; }
    }

    /** A slice constant (marshal ':' since 3.14). */
    record Slice(PyObject start, PyObject stop, PyObject step) implements PyObject {
        public String typeName() { return "slice"; }
    }
}
