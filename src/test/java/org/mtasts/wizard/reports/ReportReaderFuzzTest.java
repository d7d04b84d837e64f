package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link ReportReader} with Jazzer. {@code mvn verify} runs it once per
 * seed in {@code src/test/resources/org/mtasts/wizard/reports/ReportReaderFuzzTestInputs/reportReader/};
 * to fuzz for real: {@code JAZZER_FUZZ=1 mvn test -Dtest=ReportReaderFuzzTest}.
 */
class ReportReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void reportReader(byte[] json) {
        ReadOutcome o = ReportReader.read(json, "fuzz.json");
        if (o instanceof ReadOutcome.Problem p) {
            assertTrue(p.message().startsWith("fuzz.json: ") && p.message().endsWith("; not read"), p.message());
            assertFalse(p.message().contains("\n"), p.message());
        } else {
            // Whatever the reader accepts, the store's form of it reads back identically.
            ReadOutcome.Read r = (ReadOutcome.Read) o;
            assertEquals(r, ReportReader.read(ReportWriter.write(r.report()), "again"));
        }
    }
}
