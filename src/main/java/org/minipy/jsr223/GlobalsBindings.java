package org.minipy.jsr223;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/**
 * ENGINE_SCOPE bindings that are the interpreter's {@code __main__} globals: a put is seen by
 * Python code at once, and a global assigned by a script is read back with get. Values are
 * converted with {@link Conversions}; a Java object with no Python form cannot be stored.
 */
final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
    private final PyDict globals;

    GlobalsBindings(PyDict globals) {
        this.globals = globals;
    }

    PyDict globals() {
        return globals;
    }

    @Override
    public Object put(String name, Object value) {
        check(name);
        PyObject v = Conversions.toPythonOrNull(value);
        if (v == null) {
            throw new IllegalArgumentException("minipy cannot hold a Java " + value.getClass().getName());
        }
        PyObject old = globals.getItem(name);
        globals.setItem(name, v);
        return old == null ? null : Conversions.toJava(old);
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && globals.getItem(s) != null;
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        PyObject v = globals.getItem(s);
        return v == null ? null : Conversions.toJava(v);
    }

    @Override
    public Object remove(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        Object old = get(s);
        globals.delItemIfPresent(s);
        return old;
    }

    private static void check(String name) {
        if (name == null) {
            throw new NullPointerException("name is null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return snapshot().iterator();
            }

            @Override
            public int size() {
                return globals.size();
            }
        };
    }

    private List<Map.Entry<String, Object>> snapshot() {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        for (int j = 0; j < globals.entrySlots(); j++) {
            PyObject k = globals.keyAt(j);
            if (k instanceof PyStr s) {
                out.add(new SimpleImmutableEntry<>(s.value(), Conversions.toJava(globals.valueAt(j))));
            }
        }
        return out;
    }

    @Override
    public Collection<Object> values() {
        List<Object> v = new ArrayList<>();
        for (Map.Entry<String, Object> e : snapshot()) {
            v.add(e.getValue());
        }
        return v;
    }
}
