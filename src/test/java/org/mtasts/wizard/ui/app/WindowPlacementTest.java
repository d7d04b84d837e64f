package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.ui.store.WindowBounds;

class WindowPlacementTest {
    private static final Rectangle2D PREFERRED = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D MINIMUM = new Rectangle2D(0, 0, 960, 640);
    /** A 1280x800 screen with a 32 px panel at the top: the case where the title bar went off the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 32, 1280, 768);

    private static Rectangle2D place(WindowBounds saved, Rectangle2D... screens) {
        return WindowPlacement.place(saved, List.of(screens), screens[0], PREFERRED, MINIMUM);
    }

    private static void assertInside(Rectangle2D screen, Rectangle2D window) {
        assertTrue(
                window.getMinX() >= screen.getMinX()
                        && window.getMinY() >= screen.getMinY()
                        && window.getMaxX() <= screen.getMaxX()
                        && window.getMaxY() <= screen.getMaxY(),
                window + " is not inside " + screen);
    }

    @Test
    void onASmallScreenTheFirstWindowFitsTheVisualBoundsWithItsTitleBarOnScreen() {
        Rectangle2D w = place(null, LAPTOP);
        assertInside(LAPTOP, w);
        assertEquals(32, w.getMinY(), "the top edge is the visual top, below the panel");
        assertEquals(768, w.getHeight());
    }

    @Test
    void onALargeScreenTheFirstWindowIsCentredAtThePreferredSize() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(new Rectangle2D(320, 140, 1280, 800), place(null, big));
    }

    @Test
    void aSavedPlaceOnAScreenIsReused() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(new Rectangle2D(100, 50, 1000, 700), place(new WindowBounds(100, 50, 1000, 700, false), big));
    }

    @Test
    void aSavedPlaceOnAScreenThatIsGoneOpensCentredOnThePrimaryScreen() {
        // Saved on a second monitor to the right, which is unplugged now.
        Rectangle2D w = place(new WindowBounds(2000, 100, 1000, 700, false), LAPTOP);
        assertInside(LAPTOP, w);
    }

    @Test
    void aSavedPlaceWithTheTitleBarAboveTheTopIsNotReusedAsIs() {
        Rectangle2D w = place(new WindowBounds(0, -20, 1280, 800, false), LAPTOP);
        assertInside(LAPTOP, w);
    }

    @Test
    void aSavedPlaceHalfOffTheRightEdgeIsPulledBackOnScreen() {
        Rectangle2D w = place(new WindowBounds(900, 100, 1000, 700, false), LAPTOP);
        assertInside(LAPTOP, w);
        assertEquals(1000, w.getWidth());
    }

    @Test
    void aScreenSmallerThanTheMinimumGetsAWindowTheSizeOfTheScreen() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
        Rectangle2D w = place(null, tiny);
        assertEquals(tiny, w);
        assertEquals(new Rectangle2D(0, 0, 800, 600), WindowPlacement.minimumOn(tiny, MINIMUM));
    }
}
