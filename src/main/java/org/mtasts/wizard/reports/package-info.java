/**
 * TLS reports (RFC 8460) from where they arrive to where they are kept: reading the JSON
 * ({@link org.mtasts.wizard.reports.ReportReader}), the sources ({@link
 * org.mtasts.wizard.reports.ReportImporter}: files, folders, gzip, mail messages, mbox, Maildir,
 * IMAP) and the store ({@link org.mtasts.wizard.reports.ReportStore}, H2). A layer of its own between
 * {@code check} and the faces: it may use {@code core} and {@code check}; only {@code cli} and
 * {@code ui} use it. What the reports mean (summaries, the verdict) is pure and lives in
 * {@code core.tlsrpt}.
 */
package org.mtasts.wizard.reports;
