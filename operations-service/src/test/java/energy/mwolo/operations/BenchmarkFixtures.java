package energy.mwolo.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmarks set up in bulk, straight in the tables, and how they read the heap's peak. */
public final class BenchmarkFixtures {

    private BenchmarkFixtures() {
    }

    /** {@code count} connected postpaid meters numbered {@code <prefix>1} and on, each on its own equipment and site. */
    public static void meters(JdbcClient jdbc, String prefix, int count) {
        jdbc.sql("""
                insert into equipment (id, type, serial_number, site_id, status, created_at, updated_at)
                select gen_random_uuid(), 'meter', ? || g, gen_random_uuid(), 'active', now(), now()
                  from generate_series(1, ?) g""").params(prefix, count).update();
        jdbc.sql("""
                insert into meters (id, number, equipment_id, site_id, kind, remote_relay, relay_state, created_at,
                                    updated_at)
                select gen_random_uuid(), serial_number, id, site_id, 'postpaid', true, 'connected', now(), now()
                  from equipment where serial_number like ? || '%'""").param(prefix).update();
    }

    /** Collects what it can and starts the heap pools' peaks again from what is in use now. */
    public static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peaks since {@link #resetPeakHeap}, summed (an upper bound: pools peak at different times). */
    public static long peakHeapUsedMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    }
}
