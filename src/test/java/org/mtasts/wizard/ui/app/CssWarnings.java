package org.mtasts.wizard.ui.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine warns about (its "javafx.css" logger: parse errors,
 * unresolved lookups, values that do not convert, such as a looked-up colour that is not a
 * colour) while open, so a test can fail on any.
 */
final class CssWarnings implements AutoCloseable {
    private final Logger logger = Logger.getLogger("javafx.css");
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Level previous;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                seen.add(r.getMessage());
                // -Dcsswarn.trace=true prints where the first warning came from (what restyled what).
                if (Boolean.getBoolean("csswarn.trace") && seen.size() == 1) {
                    new Throwable("css warning trace").printStackTrace(System.out);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    CssWarnings() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
