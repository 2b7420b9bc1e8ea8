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

    private record Shape(MethodHandle[] accessors, MethodHandle constructor, String[] names) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle[] accessors = new MethodHandle[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            String[] names = new String[cs.length];
            try {
                for (int i = 0; i < cs.length; i++) {
                    accessors[i] = lookup.unreflect(cs[i].getAccessor());
                    types[i] = cs[i].getType();
                    names[i] = cs[i].getName();
                }
                MethodHandle k = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, cs.length);
                return new Shape(accessors, k, names);
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

    /**
     * Rebuilds {@code node} bottom-up, sharing unchanged parts: lists element by element, records component
     * by component (a component {@code keep} names is kept as it is), then {@code after} on the rebuilt node.
     * A {@code leaf} (and anything that is neither list nor record) is not entered; {@code after} still sees it.
     */
    public static Object rewrite(Object node, java.util.function.Predicate<Object> leaf,
                                 java.util.function.BiPredicate<Record, String> keep,
                                 java.util.function.UnaryOperator<Object> after) {
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object o : list) {
                Object m = rewrite(o, leaf, keep, after);
                changed |= m != o;
                out.add(m);
            }
            return changed ? out : list;
        }
        if (!(node instanceof Record r) || leaf.test(node)) {
            return after.apply(node);
        }
        List<Object> old = of(r);
        String[] names = SHAPES.get(r.getClass()).names();
        Object[] parts = new Object[old.size()];
        boolean changed = false;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = keep.test(r, names[i]) ? old.get(i) : rewrite(old.get(i), leaf, keep, after);
            changed |= parts[i] != old.get(i);
        }
        return after.apply(changed ? rebuild(r, parts) : r);
    }
}
