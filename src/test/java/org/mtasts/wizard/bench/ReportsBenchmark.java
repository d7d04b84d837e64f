package org.mtasts.wizard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.core.tlsrpt.TlsReport;
import org.mtasts.wizard.reports.ImportListener;
import org.mtasts.wizard.reports.ImportSummary;
import org.mtasts.wizard.reports.ReportImporter;
import org.mtasts.wizard.reports.ReportStore;

/**
 * TLS reports at scale: writes N realistic RFC 8460 reports as {@code .json.gz} files (named as
 * RFC 8460 §5.3 names attachments; 30 reporting organisations, daily, one policy domain, about one
 * report in five with failure details, early days with {@code no-policy-found}), imports them into a
 * fresh store with {@link ReportImporter} and prints the import's wall time and peak heap; then the store query of all of them
 * and {@link ReportSummary#of} over them, median of 21 runs after 5 warm-ups.
 *
 * <p>Run with the heap bound the figures are quoted for (and 2 cores: {@code taskset -c 0,1}):
 *
 * <pre>{@code
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * taskset -c 0,1 java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.mtasts.wizard.bench.ReportsBenchmark [N]
 * }</pre>
 *
 * N defaults to 10000.
 */
public final class ReportsBenchmark {
    static final String DOMAIN = "example.com";
    private static final int RUNS = 21;
    private static final int WARMUPS = 5;
    private static final String[] ORGS = {
        "google.com", "microsoft.com", "yahoo.com", "comcast.net", "mail.ru", "yandex.ru", "gmx.net", "web.de",
        "orange.fr", "free.fr", "t-online.de", "aol.com", "icloud.com", "zoho.com", "fastmail.com", "protonmail.ch",
        "mailbox.org", "posteo.de", "seznam.cz", "wp.pl", "libero.it", "virgilio.it", "btinternet.com", "sky.com",
        "att.net", "verizon.net", "cox.net", "charter.net", "qq.com", "163.com"
    };
    private static final String[] FAILURES = {
        "certificate-expired",
        "starttls-not-supported",
        "certificate-host-mismatch",
        "validation-failure",
        "sts-policy-fetch-error",
        "certificate-not-trusted"
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf(
                Locale.ROOT,
                "reports benchmark: %d reports, %d processors, max heap %d MiB%n",
                n,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path tmp = Files.createTempDirectory("mta-sts-reports-bench");
        try {
            Path files = tmp.resolve("files");
            long bytes = generate(files, n);
            System.out.printf(Locale.ROOT, "generated %d .json.gz files, %.1f MiB%n", n, bytes / 1048576.0);
            Path data = tmp.resolve("data");
            ImportTiming.run(files, data, n);
            summary(data, n);
        } finally {
            deleteTree(tmp);
        }
        System.exit(0);
    }

    /** Writes {@code n} daily reports: 30 organisations, consecutive days backwards from yesterday. */
    static long generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(8460);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String org = ORGS[i % ORGS.length];
            LocalDate day = yesterday.minusDays(i / ORGS.length);
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = start.plusSeconds(86399);
            // The oldest fifth of the days: reporters had not picked up the policy yet.
            boolean early = i > n * 4 / 5;
            Map<String, Object> report = report(r, org, start, end, early);
            String name = org + "!" + DOMAIN + "!" + start.getEpochSecond() + "!" + end.getEpochSecond() + "!" + i
                    + ".json.gz";
            Path f = dir.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                out.write(JSON.writeValueAsBytes(report));
            }
            bytes += Files.size(f);
        }
        return bytes;
    }

    private static Map<String, Object> report(Random r, String org, Instant start, Instant end, boolean early) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("policy-type", early ? "no-policy-found" : "sts");
        policy.put(
                "policy-string",
                early
                        ? List.of()
                        : List.of(
                                "version: STSv1",
                                "mode: testing",
                                "mx: mx1.example.com",
                                "mx: mx2.example.com",
                                "max_age: 604800"));
        policy.put("policy-domain", DOMAIN);
        policy.put("mx-host", List.of("mx1.example.com", "mx2.example.com"));
        List<Map<String, Object>> details = new ArrayList<>();
        long failed = 0;
        if (r.nextInt(5) == 0) {
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("result-type", FAILURES[r.nextInt(FAILURES.length)]);
                d.put("sending-mta-ip", "203.0.113." + r.nextInt(250));
                d.put("receiving-mx-hostname", "mx" + (1 + r.nextInt(2)) + ".example.com");
                d.put("receiving-ip", "192.0.2." + (10 + r.nextInt(2)));
                long c = 1 + r.nextInt(20);
                d.put("failed-session-count", c);
                d.put("failure-reason-code", "X509_V_ERR_" + r.nextInt(30));
                failed += c;
                details.add(d);
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("policy", policy);
        entry.put(
                "summary",
                Map.of("total-successful-session-count", 50 + r.nextInt(5000), "total-failure-session-count", failed));
        if (!details.isEmpty()) {
            entry.put("failure-details", details);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("organization-name", org);
        report.put("date-range", Map.of("start-datetime", start.toString(), "end-datetime", end.toString()));
        report.put("contact-info", "smtp-tls-reporting@" + org);
        report.put("report-id", start.getEpochSecond() + "_" + DOMAIN + "@" + org);
        report.put("policies", List.of(entry));
        return report;
    }

    /** The store query of every report of the domain, then the summary of them: medians. */
    private static void summary(Path data, int n) {
        try (ReportStore store = ReportStore.open(data)) {
            long[] query = new long[RUNS];
            long[] sum = new long[RUNS];
            ReportSummary s = null;
            long[] queryCpu = new long[RUNS];
            long[] sumCpu = new long[RUNS];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = -WARMUPS; i < RUNS; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<TlsReport> all = store.reports(DOMAIN, null);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                s = ReportSummary.of(all, DOMAIN);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                if (all.size() != n || s.reports() != n) {
                    throw new IllegalStateException("expected " + n + " reports, store gave " + all.size());
                }
                if (i >= 0) {
                    query[i] = t1 - t0;
                    sum[i] = t2 - t1;
                    queryCpu[i] = c1 - c0;
                    sumCpu[i] = c2 - c1;
                }
            }
            long[] total = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                total[i] = query[i] + sum[i];
            }
            System.out.printf(
                    Locale.ROOT,
                    "store query of %d reports: median %.1f ms; ReportSummary.of: median %.1f ms (min %.1f, max %.1f);"
                            + " together: median %.1f ms (%d days, %d organisations, %d failure groups)%n",
                    n,
                    median(query),
                    median(sum),
                    Arrays.stream(sum).min().orElse(0) / 1e6,
                    Arrays.stream(sum).max().orElse(0) / 1e6,
                    median(total),
                    s.days().size(),
                    s.organisations().size(),
                    s.failureGroups().size());
            // On a shared machine the wall time includes waiting for a processor; the thread's
            // CPU time does not (garbage collection on other threads is in neither).
            System.out.printf(
                    Locale.ROOT,
                    "CPU time of this thread: store query median %.1f ms, ReportSummary.of median %.1f ms%n",
                    median(queryCpu),
                    median(sumCpu));
        }
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()} (an upper bound of the peak heap). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The import of the generated files into a fresh store. */
    static final class ImportTiming {
        private ImportTiming() {}

        static void run(Path files, Path data, int n) throws IOException {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            ImportSummary result;
            try (ReportStore store = ReportStore.open(data)) {
                result = new ReportImporter().importPaths(List.of(files), store, ImportListener.NONE, () -> false);
            }
            if (result.added() != n || !result.problems().isEmpty()) {
                throw new IllegalStateException("expected " + n + " added, got " + result.totals());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(
                    Locale.ROOT,
                    "import of %d files (ReportImporter.importPaths of the folder): %s in %d ms, peak heap %d MiB%n",
                    n,
                    result.totals(),
                    ms,
                    peakHeap() / (1024 * 1024));
        }
    }
}
