package org.mtasts.wizard.cli;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for argument values shared by the commands. */
final class Args {
    private Args() {}

    /** Repeated options also accept comma-separated lists: {@code --mx a,b --mx c}. */
    static List<String> splitCommas(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            for (String part : v.split(",", -1)) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * Without a UTF-8 locale the JVM decodes non-ASCII arguments to U+FFFD and the original bytes are
     * lost: say so instead of reporting a "bad character" the user never typed.
     */
    static void requireDecodable(String option, String value) throws UsageException {
        if (value != null && value.indexOf('\uFFFD') >= 0) {
            throw new UsageException(option + " '" + value + "' holds characters Java could not decode in this locale ("
                    + System.getProperty("sun.jnu.encoding") + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8");
        }
    }
}
