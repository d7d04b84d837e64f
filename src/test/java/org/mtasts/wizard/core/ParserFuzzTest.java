package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the three parsers with Jazzer. A plain {@code mvn verify} runs each
 * method once per seed in {@code src/test/resources/org/mtasts/wizard/core/ParserFuzzTestInputs/<method>/};
 * to fuzz for real: {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#policyParser} (see README).
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void policyParser(byte[] body) {
        ParseResult<Policy> r = PolicyParser.parse(body);
        assertNotNull(r);
        if (r.value().isEmpty()) {
            assertTrue(r.hasErrors(), "an unusable policy must be explained by an error");
        } else {
            // Whatever the parser accepts, its canonical form reads back identically and cleanly.
            ParseResult<Policy> again =
                    PolicyParser.parse(PolicyWriter.write(r.value().get()));
            assertEquals(List.of(), again.findings());
            assertEquals(r.value(), again.value());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void stsRecordParser(FuzzedDataProvider data) {
        List<List<String>> records = records(data);
        ParseResult<StsRecord> r = StsRecord.select(records);
        assertNotNull(r);
        if (r.value().isEmpty()) {
            assertTrue(r.hasErrors());
        } else {
            assertEquals(r.value(), StsRecord.parse(r.value().get().format()).value());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void tlsRptRecordParser(FuzzedDataProvider data) {
        List<List<String>> records = records(data);
        ParseResult<TlsRptRecord> r = TlsRptRecord.select(records);
        assertNotNull(r);
        if (r.value().isEmpty()) {
            assertTrue(r.hasErrors());
        } else {
            assertEquals(r.value(), TlsRptRecord.parse(r.value().get().format()).value());
        }
    }

    /** Up to three TXT records of up to three character-strings each. */
    private static List<List<String>> records(FuzzedDataProvider data) {
        List<List<String>> records = new ArrayList<>();
        int n = data.consumeInt(0, 3);
        for (int i = 0; i < n; i++) {
            List<String> strings = new ArrayList<>();
            int k = data.consumeInt(1, 3);
            for (int j = 0; j < k; j++) {
                strings.add(data.consumeString(300));
            }
            records.add(strings);
        }
        if (data.remainingBytes() > 0) {
            records.add(List.of(data.consumeRemainingAsString()));
        }
        return records;
    }
}
