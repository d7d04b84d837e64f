package org.mtasts.wizard.ui.store;

/**
 * Where the window was when it last closed, as saved on disk.
 *
 * @param x left edge, screen coordinates
 * @param y top edge (the title bar's top)
 * @param width outer width
 * @param height outer height
 * @param maximized whether it was maximized (then x..height are the bounds before that)
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
