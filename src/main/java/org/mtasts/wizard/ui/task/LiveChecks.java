package org.mtasts.wizard.ui.task;

import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.mtasts.wizard.check.BulkCheck;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckRun;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.check.propagation.Propagation;
import org.mtasts.wizard.check.propagation.PropagationListener;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.check.propagation.PropagationRun;
import org.mtasts.wizard.core.DomainName;

/**
 * The wizard's way to the live checks: a thin adapter over {@link Checker} that ties a run to the
 * task that started it, so cancelling the task stops the probes (sockets closed, not just ignored).
 */
public interface LiveChecks {

    Discovery discover(String domain, CheckSettings settings, TaskExecutor.TaskContext context) throws Exception;

    Report check(DomainName domain, CheckSettings settings, CheckListener listener, TaskExecutor.TaskContext context)
            throws Exception;

    /**
     * Starts checking many domains in the background; {@code listener} is called from worker
     * threads. The run stops when cancelled through the returned handle.
     */
    default BulkCheck bulk(
            List<DomainName> domains, CheckSettings settings, BulkCheck.Options options, BulkCheck.Listener listener)
            throws InvalidSettingsException {
        return BulkCheck.start(Checker.create(settings), domains, options, listener);
    }

    /**
     * "Is it live yet?": the records the draft publishes at every authoritative server and at the
     * resolver ({@link Propagation}); cancelling the task cancels the run.
     */
    default PropagationReport publication(
            DomainName domain, Expected expected, CheckSettings settings, TaskExecutor.TaskContext context)
            throws Exception {
        PropagationRun run =
                Propagation.start(domain, expected, settings, Propagation.DNS_PORT, PropagationListener.none());
        context.onCancel(run::cancel);
        return run.report().get();
    }

    /** The real checks. */
    static LiveChecks standard() {
        return new LiveChecks() {
            @Override
            public Discovery discover(String domain, CheckSettings settings, TaskExecutor.TaskContext context)
                    throws Exception {
                CompletableFuture<Discovery> future = Checker.create(settings).discover(domain);
                context.onCancel(() -> future.cancel(true));
                try {
                    return future.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }

            @Override
            public Report check(
                    DomainName domain, CheckSettings settings, CheckListener listener, TaskExecutor.TaskContext context)
                    throws Exception {
                CheckRun run = Checker.create(settings).start(domain, listener);
                context.onCancel(run::cancel);
                return run.await();
            }
        };
    }

    /** One line a user can read, for any failure of the background work. */
    static String describe(Throwable e) {
        if (e instanceof InvalidSettingsException) {
            return e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
