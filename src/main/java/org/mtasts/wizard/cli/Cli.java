package org.mtasts.wizard.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.mtasts.wizard.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line face. With no subcommand it opens the wizard; every subcommand works without
 * loading a JavaFX class.
 */
@Command(
        name = "mta-sts",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Set up and verify MTA-STS (RFC 8461) and TLS reporting (RFC 8460).",
        subcommands = {
            GuiCommand.class,
            CheckCommand.class,
            PropagationCommand.class,
            GenerateCommand.class,
            LintCommand.class,
            ReportsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Cli implements Runnable {

    /** Exit codes shared by every command. */
    public static final int OK = 0;

    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    /** Standard input for commands that read it ({@code lint --policy -}); replaceable in tests. */
    private final InputStream stdin;

    public Cli() {
        this(System.in);
    }

    public Cli(InputStream stdin) {
        this.stdin = stdin;
    }

    public InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        new GuiCommand().run();
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs the command line with the given standard input, output and error. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        if (isVersionAlone(args)) {
            // Answered before picocli builds its model of every command and option, which is most
            // of what this one-line answer costs at start-up. The text is picocli's (CliTest).
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return OK;
        }
        CommandLine cmd = new CommandLine(new Cli(in));
        cmd.setOut(out);
        cmd.setErr(err);
        // A bad argument prints one clear line and the usage hint, never a stack trace.
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return USAGE;
        });
        return cmd.execute(args);
    }

    private static boolean isVersionAlone(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /** Reads the version the build wrote. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mta-sts-wizard " + BuildInfo.version()};
        }
    }
}
