package org.mtasts.wizard.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtasts.wizard.check.ResolverSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Opens the wizard window. JavaFX is loaded reflectively so other commands never touch it. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the setup wizard (the default).")
public final class GuiCommand implements Runnable {

    static final String LAUNCHER = "org.mtasts.wizard.ui.app.WizardLauncher";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--resolver",
            paramLabel = "HOST[:PORT]",
            description = "DNS resolver for this run's lookups and checks (e.g. 127.0.0.1:5353).")
    String resolver;

    @Option(
            names = "--ca-file",
            paramLabel = "PEM",
            description = "Extra CA certificates (PEM) trusted for this run, e.g. a staging CA.")
    Path caFile;

    @Override
    public void run() {
        String[] args = launchArguments();
        try {
            Class.forName(LAUNCHER).getMethod("launch", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the wizard window could not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the wizard is not part of this build: " + e, e);
        }
    }

    /**
     * Checks the options and turns them into the plain {@code --name=value} strings the launcher
     * reads, so a typo is reported here as one line instead of inside the window.
     */
    String[] launchArguments() {
        List<String> args = new ArrayList<>();
        if (resolver != null) {
            if (resolver.isBlank()) {
                throw new CommandLine.ParameterException(commandLine(), "--resolver needs HOST[:PORT]");
            }
            try {
                ResolverSpec.parse(resolver);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine(), "--resolver: " + e.getMessage());
            }
            args.add("--resolver=" + resolver.strip());
        }
        if (caFile != null) {
            Path abs;
            try {
                abs = caFile.toAbsolutePath();
            } catch (InvalidPathException e) {
                throw new CommandLine.ParameterException(commandLine(), "--ca-file: not a valid path: " + caFile);
            }
            if (!Files.isRegularFile(abs) || !Files.isReadable(abs)) {
                throw new CommandLine.ParameterException(commandLine(), "--ca-file: no readable file at " + caFile);
            }
            args.add("--ca-file=" + abs);
        }
        return args.toArray(new String[0]);
    }

    private CommandLine commandLine() {
        return spec != null ? spec.commandLine() : new CommandLine(this);
    }
}
