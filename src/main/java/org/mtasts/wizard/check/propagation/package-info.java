/**
 * Is it live yet? Asks every authoritative server of the zones holding the records the wizard asks
 * to publish, directly and without recursion, and the configured resolver, and says which server
 * lags and how long a cached old or negative answer can live on.
 *
 * <p>Entry points: {@link org.mtasts.wizard.check.propagation.Propagation#check} (a future of the
 * whole {@link org.mtasts.wizard.check.propagation.PropagationReport}) and
 * {@link org.mtasts.wizard.check.propagation.Propagation#start} (a cancellable
 * {@link org.mtasts.wizard.check.propagation.PropagationRun} that hands each finished record to a
 * listener). {@link org.mtasts.wizard.check.propagation.Propagation#recheckAfter} says when to ask
 * again. Every failure (timeout, unreachable server, lame delegation) is a value in the report.
 */
package org.mtasts.wizard.check.propagation;
