package org.mtasts.wizard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.mtasts.wizard.core.Finding;

/**
 * The JSON shapes of {@code generate --json} and {@code lint --json}. Field names are snake_case and
 * stable (documented in README.md); add fields, never rename them.
 */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One finding; {@code input} names what it is about (policy, sts-record, tlsrpt-record, pattern, coverage, request). */
    record JsonFinding(String input, String severity, String code, int line, String rule, String message, String fix) {
        static JsonFinding of(String input, Finding f) {
            return new JsonFinding(
                    input, f.severity().label(), f.code().id(), f.line(), f.rule(), f.message(), f.fix());
        }
    }

    record Summary(int errors, int warnings, int infos) {}

    record JsonDomain(String ascii, String unicode) {}

    record JsonRecord(String name, String type, String value, long ttl) {}

    record JsonFile(String path, String content) {}

    record JsonHosting(String target, String name, List<JsonFile> files, List<String> steps) {}

    record Generate(
            JsonDomain domain,
            List<String> notes,
            String policyId,
            String policyUrl,
            String policy,
            List<JsonRecord> records,
            String zone,
            List<JsonHosting> hosting,
            List<JsonFinding> advice,
            List<String> written) {}

    record JsonPolicy(String mode, List<String> mx, long maxAge) {}

    record JsonStsRecord(String id) {}

    record JsonTlsRptRecord(List<String> rua) {}

    record JsonCovered(String host, List<String> patterns) {}

    record JsonCoverage(List<JsonCovered> covered, List<String> uncovered, List<String> stale, boolean nullMx) {}

    record Lint(
            boolean ok,
            Summary summary,
            List<JsonFinding> findings,
            JsonPolicy policy,
            JsonStsRecord stsRecord,
            JsonTlsRptRecord tlsrptRecord,
            JsonCoverage coverage) {}

    /** {@code propagation --json}: one authoritative server address's answer. */
    record AuthoritativeAnswer(
            String server,
            String address,
            String answer,
            List<String> values,
            String served,
            long ttl,
            long negativeTtl,
            Long serial,
            Boolean matches,
            boolean lagging,
            boolean viaTcp,
            String detail) {}

    /** {@code propagation --json}: the resolver's answer and how long it may keep an old one. */
    record ResolverView(
            String resolver,
            String answer,
            List<String> values,
            String served,
            long ttl,
            boolean current,
            long expiresInSeconds,
            String expiresAbout,
            boolean viaTcp,
            String detail) {}

    record PropagationRecord(
            String record,
            String name,
            String type,
            String zone,
            String expected,
            String expectedSource,
            String state,
            String summary,
            List<AuthoritativeAnswer> servers,
            ResolverView resolver) {}

    record Propagation(
            String domain,
            String state,
            long maxRemainingSeconds,
            long elapsedMillis,
            boolean cancelled,
            List<String> laggingServers,
            List<PropagationRecord> records) {}
}
