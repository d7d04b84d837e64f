package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GuiCommandTest {

    @Test
    void optionsBecomePlainNamedArgumentsForTheLauncher(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "x");
        GuiCommand cmd = new GuiCommand();
        new CommandLine(cmd).parseArgs("--resolver", "127.0.0.1:5353", "--ca-file", pem.toString());
        assertArrayEquals(
                new String[] {"--resolver=127.0.0.1:5353", "--ca-file=" + pem.toAbsolutePath()}, cmd.launchArguments());
    }

    @Test
    void noOptionsMeansNoArguments() {
        GuiCommand cmd = new GuiCommand();
        new CommandLine(cmd).parseArgs();
        assertEquals(0, cmd.launchArguments().length);
    }

    @Test
    void missingCaFileIsAOneLineUsageErrorBeforeAnyWindowOpens() {
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new String[] {"gui", "--ca-file", "/nonexistent/ca.pem"},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(Cli.USAGE, code);
        assertTrue(
                err.toString().startsWith("error: --ca-file: no readable file at /nonexistent/ca.pem"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void helpListsTheStagingOptions() {
        StringWriter out = new StringWriter();
        Cli.run(new String[] {"gui", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(out.toString().contains("--resolver=HOST[:PORT]"), out.toString());
        assertTrue(out.toString().contains("--ca-file=PEM"), out.toString());
    }

    @Test
    void badResolverIsAOneLineUsageError() {
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new String[] {"gui", "--resolver", "127.0.0.1:99999"},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(Cli.USAGE, code);
        assertTrue(
                err.toString().startsWith("error: --resolver: resolver '127.0.0.1:99999': port must be 1 to 65535"),
                err.toString());
    }
}
