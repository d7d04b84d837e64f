/**
 * SMTP TLS reports (RFC 8460 §4) as values: what one reporting organisation saw for one day, and
 * the pure reading of many of them (per-day series, per-organisation table, failures by result
 * type, the "ready to enforce?" verdict). Parsing the JSON, reading mail and storing reports are
 * I/O and live in {@code org.mtasts.wizard.reports}; this package only holds the rules.
 */
package org.mtasts.wizard.core.tlsrpt;
