/**
 * Live checks of a domain's MTA-STS (RFC 8461) and TLSRPT (RFC 8460) setup, as a sending MTA sees
 * it. Returns data and never prints; {@code check.report} renders it.
 *
 * <p>Entry points: {@link org.mtasts.wizard.check.Checker#create(CheckSettings)}, then
 * {@link org.mtasts.wizard.check.Checker#start(String, CheckListener)} for a full check with
 * per-result progress and cancellation, or {@link org.mtasts.wizard.check.Checker#discover(String)}
 * for what is live before anything is judged. Every result carries a stable
 * {@link org.mtasts.wizard.check.CheckId}.
 *
 * <p>Protocols: DNS with dnsjava (uncached, UDP with TCP fallback, or DNS over HTTPS); the policy
 * with OkHttp, whose host lookups go through the same resolver; SMTP STARTTLS over plain sockets
 * and JSSE. Parsing and the RFC rules come from {@code core}.
 */
package org.mtasts.wizard.check;
