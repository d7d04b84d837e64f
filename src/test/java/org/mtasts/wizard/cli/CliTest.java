package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("mta-sts-wizard \\d+\\.\\d+\\.\\d+.*\\R"), out.toString());
    }

    @Test
    void versionAloneIsAnsweredWithPicocliOwnText() {
        StringWriter picocli = new StringWriter();
        new CommandLine(new Cli()).printVersionHelp(new PrintWriter(picocli, true));
        for (String flag : new String[] {"--version", "-V"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(flag));
            assertEquals(picocli.toString(), out.toString(), flag);
            assertEquals("", err.toString(), flag);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithOneClearLineAndNoStackTrace() {
        assertEquals(Cli.USAGE, run("--frobnicate"));
        assertTrue(err.toString().startsWith("error: Unknown option: '--frobnicate'"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
