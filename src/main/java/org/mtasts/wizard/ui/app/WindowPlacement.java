package org.mtasts.wizard.ui.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.mtasts.wizard.ui.store.WindowBounds;

/**
 * Where the window opens: the saved place when it is still on a screen, otherwise centred on the
 * primary screen; always inside a screen's visual bounds (the area without task bars and panels),
 * so the title bar is never above the top edge, and never larger than that area, even when the
 * screen is smaller than the preferred or the minimum size.
 */
final class WindowPlacement {
    /** How much of the title bar must be on a screen for a saved place to be reused. */
    static final double GRAB = 48;

    private WindowPlacement() {}

    /**
     * @param saved the bounds the window had when it closed, or null
     * @param screens the visual bounds of every screen (non-empty)
     * @param primary the primary screen's visual bounds
     * @param preferred the size to open at when nothing is saved
     * @param minimum the smallest size the wizard is designed for
     */
    static Rectangle2D place(
            WindowBounds saved,
            List<Rectangle2D> screens,
            Rectangle2D primary,
            Rectangle2D preferred,
            Rectangle2D minimum) {
        if (saved != null && saved.width() > 0 && saved.height() > 0) {
            for (Rectangle2D screen : screens) {
                if (titleBarOn(saved, screen)) {
                    return fit(saved.x(), saved.y(), saved.width(), saved.height(), screen, minimum);
                }
            }
        }
        double w = Math.min(preferred.getWidth(), primary.getWidth());
        double h = Math.min(preferred.getHeight(), primary.getHeight());
        return fit(
                primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2,
                w,
                h,
                primary,
                minimum);
    }

    /** The smallest size the window may be made on this screen: the design minimum, or the screen. */
    static Rectangle2D minimumOn(Rectangle2D screen, Rectangle2D minimum) {
        return new Rectangle2D(
                0,
                0,
                Math.min(minimum.getWidth(), screen.getWidth()),
                Math.min(minimum.getHeight(), screen.getHeight()));
    }

    private static boolean titleBarOn(WindowBounds b, Rectangle2D screen) {
        // The strip a user grabs to move the window: its top edge and at least GRAB pixels of width.
        double left = Math.max(b.x(), screen.getMinX());
        double right = Math.min(b.x() + b.width(), screen.getMaxX());
        return right - left >= GRAB && b.y() >= screen.getMinY() && b.y() + GRAB <= screen.getMaxY();
    }

    private static Rectangle2D fit(double x, double y, double w, double h, Rectangle2D screen, Rectangle2D minimum) {
        Rectangle2D min = minimumOn(screen, minimum);
        double width = clamp(w, min.getWidth(), screen.getWidth());
        double height = clamp(h, min.getHeight(), screen.getHeight());
        double left = clamp(x, screen.getMinX(), screen.getMaxX() - width);
        double top = clamp(y, screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(left, top, width, height);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
