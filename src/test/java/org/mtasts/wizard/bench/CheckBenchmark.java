package org.mtasts.wizard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

/**
 * Wall time of a full check against loopback fixtures that delay every DNS answer and every HTTP
 * and SMTP reply by 100 ms, for 1, 4 and 16 MX hosts, and the ratio to the 1-MX case. Sequential
 * probing would make the 16-MX check about 16 times slower; concurrent probing keeps it close to 1.
 * Then the cold-start wall time of one {@code check} command in a fresh JVM (needs the jar:
 * {@code mvn -q package -DskipTests} first).
 *
 * <p>Run: {@code mvn -q test-compile exec:java@bench}. With the argument {@code serve} it starts the
 * 1-MX scenario, prints the matching {@code check} command line and keeps serving until killed, so
 * an external timer can measure the command as a whole process.
 */
public final class CheckBenchmark {
    private static final Duration DELAY = Duration.ofMillis(100);
    private static final int RUNS = 5;

    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            serve();
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "check wall time, %d ms delay on every DNS answer and server reply"
                        + " (median of %d runs after one warm-up)%n",
                DELAY.toMillis(),
                RUNS);
        long base = 0;
        for (int n : new int[] {1, 4, 16}) {
            try (LiveScenario live =
                    Scenario.withMxHosts("bench.test", n).delay(DELAY).start()) {
                Checker checker = Checker.create(live.settings());
                measure(checker, n); // warm-up: class loading and JIT are not what this measures
                long[] times = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    times[i] = measure(checker, n);
                }
                Arrays.sort(times);
                long median = times[RUNS / 2];
                if (n == 1) {
                    base = median;
                }
                System.out.printf(
                        Locale.ROOT,
                        "%2d MX: %5d ms (min %d, max %d)  ratio to 1-MX: %.2f%n",
                        n,
                        median,
                        times[0],
                        times[RUNS - 1],
                        median / (double) base);
            }
        }
        coldStart();
        System.exit(0);
    }

    private static long measure(Checker checker, int n) throws Exception {
        long t0 = System.nanoTime();
        Report r = checker.run("bench.test");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.verdict() != Status.PASS || r.results().size() != 11 + 2 * n) {
            throw new IllegalStateException("the benchmark scenario did not pass: " + r);
        }
        return ms;
    }

    /** One {@code java -jar ... check} process against the 1-MX scenario without delay. */
    private static void coldStart() throws IOException, InterruptedException {
        Path jar = Path.of("target", "mta-sts-wizard.jar");
        if (!Files.exists(jar)) {
            System.out.println("cold start: skipped, " + jar + " is missing (run mvn -q package -DskipTests)");
            return;
        }
        try (LiveScenario live = Scenario.withMxHosts("bench.test", 1).start()) {
            List<String> cmd = command(jar, live.settings());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int code = p.waitFor();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(
                    Locale.ROOT,
                    "cold start: one 'check' command in a new JVM, 1 MX, no delay: %d ms" + " (exit %d)%n",
                    ms,
                    code);
        }
    }

    private static List<String> command(Path jar, CheckSettings s) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-jar",
                jar.toString(),
                "check",
                "bench.test",
                "--resolver",
                s.resolver().toString(),
                "--ca-file",
                s.caFile().toString(),
                "--https-port",
                String.valueOf(s.httpsPort()),
                "--smtp-port",
                String.valueOf(s.smtpPort())));
        return cmd;
    }

    private static void serve() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("bench.test", 1).start()) {
            System.out.println(String.join(" ", command(Path.of("target", "mta-sts-wizard.jar"), live.settings())));
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
