package depyf.ir;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an IR record (its components, in order) and rebuilding one from new parts: generic
 * walks over expressions and statements without a visitor per pass. Accessors are looked up once per
 * record class.
 */
public final class Parts {
    private Parts() {}

    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle[] accessors = new MethodHandle[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            try {
                for (int i = 0; i < cs.length; i++) {
                    accessors[i] = lookup.unreflect(cs[i].getAccessor());
                    types[i] = cs[i].getType();
                }
                MethodHandle k = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, cs.length);
                return new Shape(accessors, k);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** The components of {@code r}, in declaration order. */
    public static List<Object> of(Record r) {
        MethodHandle[] accessors = SHAPES.get(r.getClass()).accessors();
        List<Object> parts = new ArrayList<>(accessors.length);
        try {
            for (MethodHandle a : accessors) {
                parts.add(a.invoke(r));
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }

    /** A record of {@code r}'s class made from {@code parts}. */
    public static Record rebuild(Record r, Object[] parts) {
        try {
            return (Record) SHAPES.get(r.getClass()).constructor().invoke(parts);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
