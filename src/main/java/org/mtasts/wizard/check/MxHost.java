package org.mtasts.wizard.check;

/**
 * One MX record as published.
 *
 * @param host     the exchange host name, lower case, without the trailing dot
 * @param priority the preference value (lower is tried first)
 */
public record MxHost(String host, int priority) {}
