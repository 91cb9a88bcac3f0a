package vn.loa.scheduler.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of {@link Store#watch}, whichever engine tells which tables a commit changed. */
final class Watches {

    private record Watch(Set<String> tables, Runnable listener) {
    }

    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    void add(Set<String> tables, Runnable listener) {
        watches.add(new Watch(Set.copyOf(tables), listener));
    }

    boolean isEmpty() {
        return watches.isEmpty();
    }

    /** Every table some listener watches. */
    Set<String> tables() {
        Set<String> all = new HashSet<>();
        watches.forEach(w -> all.addAll(w.tables()));
        return all;
    }

    /** Runs the listeners of the tables a commit changed, once each. */
    void committed(Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        for (Watch watch : watches) {
            if (watch.tables().stream().anyMatch(changed::contains)) {
                watch.listener().run();
            }
        }
    }
}
