package org.mtasts.wizard.check.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Evidence;
import org.mtasts.wizard.check.Facts;
import org.mtasts.wizard.check.Report;

/**
 * A report as JSON, the format scripts consume. Keys are snake_case, like every JSON the command
 * line writes ({@code generate --json}, {@code lint --json}), so one script reads them all alike:
 *
 * <pre>{@code
 * {"domain": "...", "verdict": "pass|warn|fail", "elapsed_millis": 812,
 *  "facts": {"sts_id": "2026...", "mode": "enforce", "max_age": 604800, "mx": ["mx1.example.com"],
 *            "mx_hosts": ["mx1.example.com"], "rua": ["mailto:tlsrpt@example.com"]},
 *  "results": [{"id": "mx-starttls", "target": "mx1.example.com", "status": "pass",
 *               "summary": "...", "evidence": [{"label": "...", "value": "..."}],
 *               "rule": "RFC 8461 §4.2", "fix": "",
 *               "commands": ["openssl s_client -starttls smtp -connect mx1.example.com:25 ..."]}]}
 * }</pre>
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private JsonReport() {}

    public static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("domain", report.domain());
        root.put("verdict", report.verdict().code());
        root.put("elapsed_millis", report.elapsedMillis());
        Facts f = report.facts();
        ObjectNode facts = root.putObject("facts");
        facts.put("sts_id", f.stsId());
        facts.put("mode", f.mode());
        facts.put("max_age", f.maxAgeSeconds());
        f.mxPatterns().forEach(facts.putArray("mx")::add);
        f.mxHosts().forEach(facts.putArray("mx_hosts")::add);
        f.rua().forEach(facts.putArray("rua")::add);
        ArrayNode results = root.putArray("results");
        for (CheckResult r : report.results()) {
            ObjectNode o = results.addObject();
            o.put("id", r.id().code());
            o.put("target", r.target());
            o.put("status", r.status().code());
            o.put("summary", r.summary());
            ArrayNode ev = o.putArray("evidence");
            for (Evidence e : r.evidence()) {
                ev.addObject().put("label", e.label()).put("value", e.value());
            }
            o.put("rule", r.rule());
            o.put("fix", r.fix());
            ArrayNode cmds = o.putArray("commands");
            r.commands().forEach(cmds::add);
        }
        return root;
    }

    /** The report on one line, for JSON Lines (one report per line). */
    public static String line(Report report) {
        try {
            return COMPACT.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }

    public static String render(Report report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }
}
