package org.mtasts.wizard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.mtasts.wizard.core.DomainName;

/**
 * Many domains in one run: at most {@link Options#concurrency()} domains are checked at once, each
 * as a full check with its own probe timeout and deadline (counted from its own start); the MX
 * hosts are probed once per run and shared by every domain that uses them ({@link
 * SharedMxProbes}), with at most {@link Options#perHostLimit()} sessions to one address at a time.
 * Never prints; the outcome always arrives, also after {@link #cancel()}.
 *
 * <pre>{@code
 * BulkCheck bulk = BulkCheck.start(checker, names, BulkCheck.Options.defaults(), item -> show(item));
 * BulkCheck.Outcome all = bulk.done().join();
 * }</pre>
 */
public final class BulkCheck {
    /**
     * @param concurrency  domains checked at the same time
     * @param perHostLimit SMTP sessions open to one address at the same time
     */
    public record Options(int concurrency, int perHostLimit) {
        public static final int DEFAULT_CONCURRENCY = 16;
        public static final int DEFAULT_PER_HOST = 2;
        public static final int MAX_CONCURRENCY = 256;

        public Options {
            if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
                throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY);
            }
            if (perHostLimit < 1) {
                throw new IllegalArgumentException("the per-host limit must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_CONCURRENCY, DEFAULT_PER_HOST);
        }
    }

    /**
     * One domain's outcome.
     *
     * @param index     the domain's position in the list given to {@link #start}
     * @param name      the domain
     * @param report    its full report
     * @param cancelled true when the bulk run was cancelled while this domain was being checked
     *                  (its unfinished results are inconclusive)
     */
    public record Item(int index, DomainName name, Report report, boolean cancelled) {}

    /** Receives each domain's outcome once, from a worker thread, as soon as it is known. */
    @FunctionalInterface
    public interface Listener {
        void onItem(Item item);

        /** A domain's check has started (default: nothing). */
        default void onStart(int index, DomainName name) {}
    }

    /**
     * The whole run.
     *
     * @param items         one per domain that was started, in list order
     * @param notChecked    the domains never started because the run was cancelled first
     * @param cancelled     true when {@link #cancel()} was called before the end
     * @param mxHosts       distinct MX hosts probed
     * @param smtpSessions  STARTTLS sessions opened (one per address of each distinct MX host)
     * @param elapsedMillis wall time of the whole run
     */
    public record Outcome(
            List<Item> items,
            List<DomainName> notChecked,
            boolean cancelled,
            int mxHosts,
            int smtpSessions,
            long elapsedMillis) {
        public Outcome {
            items = List.copyOf(items);
            notChecked = List.copyOf(notChecked);
        }

        public List<Report> reports() {
            return items.stream().map(Item::report).toList();
        }
    }

    private final Checker checker;
    private final List<DomainName> domains;
    private final Listener listener;
    private final SharedMxProbes mx;
    private final Item[] items;
    private final Set<Run> inFlight = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private final Object lock = new Object();
    private final long t0 = System.nanoTime();
    private int next;
    private int running;
    private volatile boolean cancelled;

    private BulkCheck(Checker checker, List<DomainName> domains, Options options, Listener listener) {
        this.checker = checker;
        this.domains = List.copyOf(domains);
        this.listener = listener;
        this.mx = new SharedMxProbes(checker.settings(), checker.trust(), options.perHostLimit());
        this.items = new Item[this.domains.size()];
    }

    /** Starts checking {@code domains} (distinct, already normalised) in the background. */
    public static BulkCheck start(Checker checker, List<DomainName> domains, Options options, Listener listener) {
        BulkCheck b = new BulkCheck(checker, domains, options, listener == null ? item -> {} : listener);
        int first;
        synchronized (b.lock) {
            first = Math.min(options.concurrency(), b.domains.size());
            b.running = first;
            b.next = first;
        }
        if (first == 0) {
            b.complete();
        }
        for (int i = 0; i < first; i++) {
            b.launch(i);
        }
        return b;
    }

    /** Completes with the outcome when every domain is done, or soon after {@link #cancel()}. */
    public CompletableFuture<Outcome> done() {
        return done;
    }

    /** Stops the run: no further domain starts, every running check and open SMTP session is closed. */
    public void cancel() {
        cancelled = true;
        mx.cancel("the bulk check was cancelled");
        for (Run r : inFlight) {
            r.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    private void launch(int i) {
        DomainName name = domains.get(i);
        try {
            listener.onStart(i, name);
        } catch (RuntimeException e) {
            // a listener must not break the run
        }
        Run run = checker.newRun(name, CheckListener.none(), mx);
        inFlight.add(run);
        if (cancelled) {
            run.cancel();
        }
        // Async: a run that completes at once (cancelled) must not start the next one on this stack.
        run.report().whenCompleteAsync((report, e) -> finished(i, run, report), Run.CALLBACKS);
    }

    private void finished(int i, Run run, Report report) {
        inFlight.remove(run);
        Item item = new Item(i, domains.get(i), report, run.isCancelled());
        int launchNext = -1;
        boolean last;
        synchronized (lock) {
            items[i] = item;
            running--;
            if (!cancelled && next < domains.size()) {
                launchNext = next++;
                running++;
            }
            last = running == 0;
        }
        try {
            listener.onItem(item);
        } catch (RuntimeException e) {
            // a listener must not break the run
        }
        if (launchNext >= 0) {
            launch(launchNext);
        } else if (last) {
            complete();
        }
    }

    private void complete() {
        mx.close();
        List<Item> started = new ArrayList<>();
        List<DomainName> notChecked = new ArrayList<>();
        synchronized (lock) {
            for (int i = 0; i < items.length; i++) {
                if (items[i] != null) {
                    started.add(items[i]);
                } else {
                    notChecked.add(domains.get(i));
                }
            }
        }
        done.complete(new Outcome(
                started, notChecked, cancelled, mx.hosts(), mx.sessions(), (System.nanoTime() - t0) / 1_000_000));
    }
}
