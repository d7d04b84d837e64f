package org.mtasts.wizard.ui.common;

import javafx.scene.Node;

/** One screen of the wizard: its node tree and what gets the focus when it appears. */
public interface Screen {
    Node root();

    /** The control that receives the keyboard focus when the screen is shown. */
    default Node initialFocus() {
        return null;
    }
}
