package org.mtasts.wizard.reports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtasts.wizard.core.tlsrpt.FailureDetail;
import org.mtasts.wizard.core.tlsrpt.PolicyResult;
import org.mtasts.wizard.core.tlsrpt.PolicyType;
import org.mtasts.wizard.core.tlsrpt.ResultType;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

/**
 * Reads one aggregate TLS report (RFC 8460 §4.4, JSON) into a {@link TlsReport}. Never throws:
 * an unusable input is a {@link ReadOutcome.Problem} with one sentence saying what is wrong.
 *
 * <p>Lenient where real reporters deviate from the RFC without changing the meaning: datetimes
 * without a zone (as one large reporter sends them) are UTC; {@code mx-host} may be a string or an
 * array; {@code additional-info-uri} (the draft's name) stands for {@code additional-information};
 * {@code contact-info} may be null or missing; an empty string is the same as a missing field; a
 * {@code policy-string} that is one JSON-encoded array of strings is that array; failure details
 * that do not add up to the summary are kept as sent (both figures stay on {@link PolicyResult});
 * a result type this version does not know is {@link ResultType#UNKNOWN} with its text.
 *
 * <p>Strict where it matters: the deduplication key ({@code organization-name}, {@code report-id}),
 * the date range, each policy's domain and summary, and the JSON types of the counts must be there
 * and make sense, or the report is refused with the path of the offending field.
 */
public final class ReportReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // Reports are shallow (depth 5); a deeply nested input is refused early, not recursed into.
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private ReportReader() {}

    /**
     * Reads one report.
     *
     * @param json       the report's bytes (UTF-8 JSON, as in a {@code .json} file or a decompressed
     *                   {@code .json.gz})
     * @param sourceName names the input in the problem ("x.json.gz", "message 3 of a.mbox")
     */
    public static ReadOutcome read(byte[] json, String sourceName) {
        if (json == null || json.length == 0) {
            return new ReadOutcome.Problem(sourceName, "empty, not a TLS report; not read");
        }
        if (json.length > 1 && (json[0] & 0xff) == 0x1f && (json[1] & 0xff) == 0x8b) {
            return new ReadOutcome.Problem(sourceName, "gzip-compressed data where JSON was expected; not read");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (StreamConstraintsException e) {
            return new ReadOutcome.Problem(sourceName, "the JSON is nested too deeply for a TLS report; not read");
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Problem(sourceName, "not JSON (" + where(e.getLocation()) + "); not read");
        } catch (IOException | RuntimeException e) {
            return new ReadOutcome.Problem(sourceName, "not JSON; not read");
        }
        try {
            return new ReadOutcome.Read(report(root));
        } catch (Refused r) {
            return new ReadOutcome.Problem(sourceName, "not a usable TLS report: " + r.getMessage() + "; not read");
        } catch (RuntimeException e) {
            // A last guard: whatever this reader overlooked is still one message, never a stack trace.
            return new ReadOutcome.Problem(
                    sourceName, "could not be read (" + e.getClass().getSimpleName() + "); not read");
        }
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "it ends too early or is not text";
        }
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** A field that makes the report unusable; the message names it by its JSON path. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static TlsReport report(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new Refused("the JSON is " + kind(root) + ", not an object (RFC 8460 §4.4)");
        }
        String org = requiredText(root, "organization-name", "");
        String id = requiredText(root, "report-id", "");
        JsonNode range = root.get("date-range");
        if (range == null || range.isNull()) {
            throw new Refused("date-range is missing");
        }
        if (!range.isObject()) {
            throw new Refused("date-range is " + kind(range) + ", not an object");
        }
        Instant start = datetime(range, "start-datetime", "date-range.");
        Instant end = datetime(range, "end-datetime", "date-range.");
        if (end.isBefore(start)) {
            throw new Refused("date-range ends (" + end + ") before it starts (" + start + ")");
        }
        JsonNode policies = root.get("policies");
        if (policies == null || policies.isNull()) {
            throw new Refused("policies is missing");
        }
        if (!policies.isArray()) {
            throw new Refused("policies is " + kind(policies) + ", not an array");
        }
        List<PolicyResult> results = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            results.add(policy(policies.get(i), "policies[" + i + "]"));
        }
        return new TlsReport(org, optionalText(root, "contact-info", ""), id, start, end, results);
    }

    private static PolicyResult policy(JsonNode entry, String path) {
        if (!entry.isObject()) {
            throw new Refused(path + " is " + kind(entry) + ", not an object");
        }
        JsonNode p = entry.get("policy");
        if (p == null || !p.isObject()) {
            throw new Refused(path + ".policy is " + (p == null ? "missing" : kind(p) + ", not an object"));
        }
        String pp = path + ".policy.";
        String rawType = optionalText(p, "policy-type", pp);
        PolicyType type = rawType == null ? null : PolicyType.fromToken(rawType).orElse(null);
        String domain = requiredText(p, "policy-domain", pp).trim().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        List<String> strings = policyStrings(textList(p, "policy-string", pp));
        List<String> mx = textList(p, p.has("mx-host") ? "mx-host" : "mx-host-pattern", pp);
        JsonNode summary = entry.get("summary");
        if (summary == null || summary.isNull()) {
            throw new Refused(path + ".summary is missing");
        }
        if (!summary.isObject()) {
            throw new Refused(path + ".summary is " + kind(summary) + ", not an object");
        }
        String sp = path + ".summary.";
        long ok = count(summary, "total-successful-session-count", sp);
        long failed = count(summary, "total-failure-session-count", sp);
        return new PolicyResult(
                type, rawType, strings, domain, mx, ok, failed, details(entry.get("failure-details"), path));
    }

    /**
     * RFC 8460 §4.4 makes "policy-string" an array of strings; some reporters send a tlsa policy as
     * one string holding a JSON-encoded array ({@code "[\"3 1 1 ab..\"]"}): that array is meant.
     */
    private static List<String> policyStrings(List<String> strings) {
        if (strings.size() == 1 && strings.get(0).trim().startsWith("[")) {
            try {
                JsonNode inner = JSON.readTree(strings.get(0));
                if (inner != null && inner.isArray()) {
                    List<String> out = new ArrayList<>();
                    for (JsonNode n : inner) {
                        if (!n.isTextual()) {
                            return strings;
                        }
                        out.add(n.asText());
                    }
                    return out;
                }
            } catch (IOException | RuntimeException notJson) {
                // A policy line that merely starts with '[' is kept as sent.
            }
        }
        return strings;
    }

    private static List<FailureDetail> details(JsonNode details, String path) {
        if (details == null || details.isNull()) {
            return List.of();
        }
        if (!details.isArray()) {
            throw new Refused(path + ".failure-details is " + kind(details) + ", not an array");
        }
        List<FailureDetail> out = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            String dp = path + ".failure-details[" + i + "]";
            JsonNode d = details.get(i);
            if (!d.isObject()) {
                throw new Refused(dp + " is " + kind(d) + ", not an object");
            }
            dp += ".";
            String raw = optionalText(d, "result-type", dp);
            String info = optionalText(d, "additional-information", dp);
            out.add(new FailureDetail(
                    ResultType.fromToken(raw),
                    raw == null ? "" : raw,
                    optionalText(d, "sending-mta-ip", dp),
                    optionalText(d, "receiving-mx-hostname", dp),
                    optionalText(d, "receiving-mx-helo", dp),
                    optionalText(d, "receiving-ip", dp),
                    count(d, "failed-session-count", dp),
                    info != null ? info : optionalText(d, "additional-info-uri", dp),
                    optionalText(d, "failure-reason-code", dp)));
        }
        return out;
    }

    private static String requiredText(JsonNode obj, String field, String path) {
        String v = optionalText(obj, field, path);
        if (v == null || v.isBlank()) {
            throw new Refused(path + field + " is " + (obj.has(field) ? "empty" : "missing"));
        }
        return v;
    }

    /** A string field; a number or boolean is taken as its text, an empty string or null as missing. */
    private static String optionalText(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            throw new Refused(path + field + " is " + kind(n) + ", not a string");
        }
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }

    private static List<String> textList(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isValueNode()) {
            addText(out, n);
            return out;
        }
        if (!n.isArray()) {
            throw new Refused(path + field + " is " + kind(n) + ", not an array of strings");
        }
        for (JsonNode e : n) {
            if (e.isContainerNode()) {
                throw new Refused(path + field + " holds " + kind(e) + ", not only strings");
            }
            addText(out, e);
        }
        return out;
    }

    private static void addText(List<String> out, JsonNode n) {
        if (!n.isNull() && !n.asText().isEmpty()) {
            out.add(n.asText());
        }
    }

    /** A session count: a non-negative whole number (as a number or as digits in a string); missing is 0. */
    private static long count(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return 0;
        }
        BigDecimal v;
        if (n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue()) && !n.isBigDecimal()) {
            throw new Refused(path + field + " is " + n.asText() + ", not a number of sessions");
        } else if (n.isNumber()) {
            v = n.decimalValue();
        } else if (n.isTextual() && n.asText().trim().matches("\\d{1,18}")) {
            v = new BigDecimal(n.asText().trim());
        } else {
            throw new Refused(path + field + " is " + kind(n) + ", not a number of sessions");
        }
        if (v.signum() < 0
                || v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new Refused(path + field + " is " + v.toPlainString() + ", not a number of sessions");
        }
        return v.longValueExact();
    }

    // RFC 3339 date-time (RFC 8460 §4.4), with the deviations seen in the wild: no zone (read as
    // UTC), a space for the 'T', a zone without the colon, 7 fraction digits, or a bare date.
    private static final Pattern DATETIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?\\s*"
                    + "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

    private static Instant datetime(JsonNode range, String field, String path) {
        String text = optionalText(range, field, path);
        if (text == null) {
            throw new Refused(path + field + " is missing");
        }
        Instant t = parseDatetime(text);
        if (t == null) {
            throw new Refused(path + field + " is \"" + shorten(text) + "\", not a date and time (RFC 3339)");
        }
        return t;
    }

    /** The instant {@code text} names, or null; without a zone it is UTC. */
    static Instant parseDatetime(String text) {
        Matcher m = DATETIME.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
            ZoneOffset offset = ZoneOffset.UTC;
            String zone = m.group(3);
            if (zone != null && !zone.equalsIgnoreCase("z")) {
                String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
                offset = ZoneOffset.of(z);
            }
            return LocalDateTime.of(date, time).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + shorten(n.asText()) + "\"";
            case NUMBER -> "the number " + n.asText();
            case BOOLEAN -> n.asText();
            case NULL -> "null";
            default -> "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 40 ? one.substring(0, 40) + "..." : one;
    }
}
