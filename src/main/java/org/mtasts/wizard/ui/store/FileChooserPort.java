package org.mtasts.wizard.ui.store;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The native file dialogs, behind an interface: tests (and headless runs) answer with a path
 * instead of driving an operating-system dialog no robot can reach.
 */
public interface FileChooserPort {
    Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter);

    Optional<Path> save(Window owner, String title, String initialName, FileChooser.ExtensionFilter filter);

    Optional<Path> directory(Window owner, String title);

    /** Several files at once; by default one, through {@link #open} (tests answer from a queue). */
    default List<Path> openMany(Window owner, String title, FileChooser.ExtensionFilter filter) {
        return open(owner, title, filter).map(List::of).orElse(List.of());
    }

    /** The operating system's dialogs. */
    static FileChooserPort system() {
        return new FileChooserPort() {
            @Override
            public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.getExtensionFilters().add(filter);
                return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(
                    Window owner, String title, String initialName, FileChooser.ExtensionFilter filter) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.setInitialFileName(initialName);
                fc.getExtensionFilters().add(filter);
                return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> openMany(Window owner, String title, FileChooser.ExtensionFilter filter) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                fc.getExtensionFilters().add(filter);
                List<File> chosen = fc.showOpenMultipleDialog(owner);
                return chosen == null
                        ? List.of()
                        : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> directory(Window owner, String title) {
                DirectoryChooser dc = new DirectoryChooser();
                dc.setTitle(title);
                return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
