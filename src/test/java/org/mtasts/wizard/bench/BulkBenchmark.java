package org.mtasts.wizard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mtasts.wizard.check.BulkCheck;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.fixtures.BulkFixture;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

/**
 * The bulk check at scale, on loopback: N domains sharing 20 MX hosts, every DNS answer and every
 * HTTP and SMTP reply delayed by 50 ms ({@link BulkFixture}). Prints the whole run's wall time, the
 * median and 90th percentile of the per-domain check times, the peak heap, and the run's threads and
 * open descriptors after it; then the ratio of the larger run to the smaller. Last, a warm check of
 * one domain (2 MX hosts, no delay), median of 100, with when each result arrived (the longest
 * dependent chain against the total).
 *
 * <p>Run with the heap bound the figures are quoted for:
 *
 * <pre>{@code
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.mtasts.wizard.bench.BulkBenchmark [SMALL [LARGE]]
 * }</pre>
 *
 * SMALL and LARGE default to 1000 and 4000; {@code single} as the only argument runs the
 * single-domain part alone.
 */
public final class BulkBenchmark {
    private static final Duration DELAY = Duration.ofMillis(50);
    private static final int MX_HOSTS = 20;
    private static final int SINGLE_RUNS = 100;

    private BulkBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("single")) {
            single();
            System.exit(0);
        }
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        System.out.printf(
                Locale.ROOT,
                "bulk check, %d MX hosts, %d ms delay on every DNS answer and server reply, %d processors,"
                        + " max heap %d MiB%n",
                MX_HOSTS,
                DELAY.toMillis(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        long a = bulk(small);
        long b = large > 0 ? bulk(large) : 0;
        if (b > 0) {
            System.out.printf(Locale.ROOT, "ratio %d / %d domains: %.2f x (wall)%n", large, small, b / (double) a);
        }
        single();
        System.exit(0);
    }

    /** One bulk run over {@code n} fresh domains; returns its wall time in ms. */
    private static long bulk(int n) throws Exception {
        try (BulkFixture f = BulkFixture.start(n, MX_HOSTS, DELAY)) {
            Checker checker = Checker.create(f.settings());
            List<DomainName> names = f.domains().stream().map(DomainName::of).toList();
            // Warm-up on a few domains of its own list: class loading and JIT are not measured.
            BulkCheck.start(checker, names.subList(0, Math.min(20, n)), BulkCheck.Options.defaults(), null)
                    .done()
                    .get(120, TimeUnit.SECONDS);
            System.gc();
            int threadsBefore = Thread.activeCount();
            int fdsBefore = openDescriptors();
            resetPeaks();
            long t0 = System.nanoTime();
            BulkCheck.Outcome o = BulkCheck.start(checker, names, BulkCheck.Options.defaults(), null)
                    .done()
                    .get(30, TimeUnit.MINUTES);
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long peak = peakHeap();
            long[] per = o.items().stream()
                    .mapToLong(i -> i.report().elapsedMillis())
                    .sorted()
                    .toArray();
            Map<Status, Integer> verdicts = new TreeMap<>();
            for (Report r : o.reports()) {
                verdicts.merge(r.verdict(), 1, Integer::sum);
            }
            int expectedFail = (int)
                    IntStream.range(0, n).filter(BulkFixture::failsCoverage).count();
            if (o.items().size() != n
                    || verdicts.getOrDefault(Status.FAIL, 0) != expectedFail
                    || verdicts.getOrDefault(Status.PASS, 0) != n - expectedFail) {
                throw new IllegalStateException("the benchmark fixture did not give its verdicts: " + verdicts);
            }
            int threadsAfter = Thread.activeCount();
            int fdsAfter = openDescriptors();
            Thread.sleep(5000);
            System.out.printf(
                    Locale.ROOT,
                    "%5d domains: wall %6d ms; per domain median %d ms, p90 %d ms, max %d ms;"
                            + " peak heap %d MiB; %d MX hosts, %d SMTP sessions; verdicts %s%n",
                    n,
                    wall,
                    per[per.length / 2],
                    per[(int) (per.length * 0.9)],
                    per[per.length - 1],
                    peak / (1024 * 1024),
                    o.mxHosts(),
                    o.smtpSessions(),
                    verdicts);
            System.out.printf(
                    Locale.ROOT,
                    "       threads %d before, %d at the end, %d 5 s later; open descriptors %d before,"
                            + " %d at the end, %d 5 s later%n",
                    threadsBefore,
                    threadsAfter,
                    Thread.activeCount(),
                    fdsBefore,
                    fdsAfter,
                    openDescriptors());
            return wall;
        }
    }

    /** A warm check of one domain without delay: median of 100, and when each result arrived. */
    private static void single() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("bench.test", 2).start()) {
            Checker checker = Checker.create(live.settings());
            for (int i = 0; i < 30; i++) {
                checker.run("bench.test");
            }
            long[] times = new long[SINGLE_RUNS];
            List<Map<String, Long>> arrivals = new ArrayList<>();
            for (int i = 0; i < SINGLE_RUNS; i++) {
                Map<String, Long> at = new ConcurrentHashMap<>();
                long t0 = System.nanoTime();
                CheckListener l = new CheckListener() {
                    @Override
                    public void onResult(CheckResult r) {
                        at.put(
                                r.id().code() + (r.target().equals("bench.test") ? "" : " " + r.target()),
                                (System.nanoTime() - t0) / 1000);
                    }
                };
                Report r = checker.start(DomainName.of("bench.test"), l).await();
                times[i] = (System.nanoTime() - t0) / 1000;
                if (r.verdict() != Status.PASS) {
                    throw new IllegalStateException("the benchmark scenario did not pass: " + r);
                }
                arrivals.add(at);
            }
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            long median = sorted[SINGLE_RUNS / 2];
            System.out.printf(
                    Locale.ROOT,
                    "warm single-domain check, 2 MX, no delay, %d runs: median %.1f ms (min %.1f, p90 %.1f, max"
                            + " %.1f)%n",
                    SINGLE_RUNS,
                    median / 1000.0,
                    sorted[0] / 1000.0,
                    sorted[(int) (SINGLE_RUNS * 0.9)] / 1000.0,
                    sorted[SINGLE_RUNS - 1] / 1000.0);
            // Each result's median arrival time: the last to arrive ends the longest dependent chain.
            Map<String, List<Long>> byResult = new TreeMap<>();
            for (Map<String, Long> at : arrivals) {
                at.forEach((k, v) ->
                        byResult.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
            byResult.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), median(e.getValue())))
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(e -> System.out.printf(
                            Locale.ROOT, "  %-32s arrives at %6.1f ms (median)%n", e.getKey(), e.getValue() / 1000.0));
        }
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()} (an upper bound of the peak heap). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static int openDescriptors() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }
}
