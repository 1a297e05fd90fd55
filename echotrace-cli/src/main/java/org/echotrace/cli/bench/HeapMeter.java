package org.echotrace.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during one measured run, from GC notifications and the pools' peak counters:
 * <ul>
 *   <li>{@link #peakUsed()}: the largest heap occupancy seen, i.e. right before a collection (or at the end): what the
 *       run really needed at its fullest moment, garbage not yet collected included; never above -Xmx.
 *   <li>{@link #maxAfterGc()}: the largest occupancy right after a collection: close to the live data the run holds
 *       at its fullest moment (0 when no collection happened).
 *   <li>{@link #sumOfPoolPeaks()}: the sum of the heap pools' peak usage since {@link #start()} reset them. An
 *       over-estimate: the pools peak at different moments (G1 moves regions between eden and old), so with a full
 *       heap it can exceed -Xmx.
 * </ul>
 * Not thread-safe: one meter per run, started and closed on one thread.
 */
public final class HeapMeter implements AutoCloseable {
  private final List<MemoryPoolMXBean> pools = new ArrayList<>();
  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong maxBeforeGc = new AtomicLong();
  private final NotificationListener listener = this::onGc;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private long baseline;

  private HeapMeter() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() != MemoryType.HEAP) continue;
      pools.add(p);
      heapPools.add(p.getName());
    }
  }

  /** Collects garbage, records the heap in use (the baseline: mostly the corpus), resets peaks, starts listening. */
  public static HeapMeter start() {
    HeapMeter m = new HeapMeter();
    System.gc();
    m.baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    for (MemoryPoolMXBean p : m.pools) p.resetPeakUsage();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(m.listener, null, null);
        m.emitters.add(e);
      }
    }
    return m;
  }

  /** Heap in use after a full collection before the run: the input corpus and what the JVM itself holds. */
  public long baseline() {
    return baseline;
  }

  /** The largest heap occupancy seen: before any collection during the run, or now. */
  public long peakUsed() {
    return Math.max(maxBeforeGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  public long sumOfPoolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean p : pools) sum += p.getPeakUsage().getUsed();
    return sum;
  }

  public long maxAfterGc() {
    return maxAfterGc.get();
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    maxBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    maxAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long heapUsed(Map<String, MemoryUsage> usage) {
    long used = 0;
    for (var e : usage.entrySet()) if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
    return used;
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone: nothing to undo
      }
    }
    emitters.clear();
  }
}
