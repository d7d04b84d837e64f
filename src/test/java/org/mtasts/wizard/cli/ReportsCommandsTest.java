package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.core.tlsrpt.FailureDetail;
import org.mtasts.wizard.core.tlsrpt.PolicyResult;
import org.mtasts.wizard.core.tlsrpt.PolicyType;
import org.mtasts.wizard.core.tlsrpt.ResultType;
import org.mtasts.wizard.core.tlsrpt.TlsReport;
import org.mtasts.wizard.fixtures.JsonKeys;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpBehaviour;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.reports.ReportWriter;

/** {@code reports summary} and {@code reports ready} over a real store and, for ready, a live check on loopback. */
class ReportsCommandsTest {
    private static final List<String> POLICY =
            List.of("version: STSv1", "mode: testing", "mx: mx1.example.com", "max_age: 86400");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static TlsReport daily(
            String org,
            LocalDate day,
            String domain,
            List<String> policy,
            long ok,
            long failed,
            FailureDetail... details) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        PolicyResult p =
                new PolicyResult(PolicyType.STS, "sts", policy, domain, List.of(), ok, failed, List.of(details));
        return new TlsReport(
                org, "mailto:r@" + org, org + "-" + domain + "-" + day, start, start.plusSeconds(86399), List.of(p));
    }

    private void store(List<TlsReport> reports) {
        try (ReportStore s = ReportStore.open(dir)) {
            for (TlsReport r : reports) {
                s.add(r, ReportWriter.write(r), "test");
            }
        }
    }

    private static JsonNode json(String text) throws Exception {
        JsonNode n = new ObjectMapper().readTree(text);
        JsonKeys.assertSnakeCase(n);
        return n;
    }

    private void storeNovember() {
        FailureDetail expired = new FailureDetail(
                ResultType.CERTIFICATE_EXPIRED,
                "certificate-expired",
                "192.0.2.1",
                "mx1.example.com",
                null,
                "10.0.0.1",
                2,
                null,
                "X509_V_ERR_CERT_HAS_EXPIRED");
        store(List.of(
                daily("google.com", LocalDate.parse("2026-11-01"), "example.com", POLICY, 90, 3, expired),
                daily("microsoft.com", LocalDate.parse("2026-11-01"), "example.com", POLICY, 10, 0),
                daily("google.com", LocalDate.parse("2026-11-03"), "example.com", POLICY, 50, 0),
                daily("google.com", LocalDate.parse("2026-11-03"), "other.org", POLICY, 7, 0)));
    }

    @Test
    void summaryJsonHasTheTotalsDaysOrganisationsAndFailureGroupsPerDomain() throws Exception {
        storeNovember();
        assertEquals(0, run("reports", "summary", "--data-dir", dir.toString(), "--json"), err.toString());
        JsonNode root = json(out.toString());
        assertEquals(2, root.get("domains").size());
        JsonNode ex = root.get("domains").get(0);
        assertEquals("example.com", ex.get("policy_domain").asText());
        assertEquals(3, ex.get("reports").asInt());
        assertEquals(150, ex.get("successful_sessions").asLong());
        assertEquals(3, ex.get("failed_sessions").asLong());
        assertEquals(2, ex.get("detailed_failed_sessions").asLong());
        assertTrue(ex.get("failure_counts_differ").asBoolean());
        assertEquals(3, ex.get("days").size(), "the empty day between is a zero row");
        assertEquals(0, ex.get("days").get(1).get("reports").asInt());
        assertEquals("google.com", ex.get("organisations").get(0).get("name").asText());
        JsonNode g = ex.get("failure_groups").get(0);
        assertEquals("certificate-expired", g.get("result_type").asText());
        assertTrue(g.get("blocks_enforce").asBoolean());
        assertEquals("mx-cert", g.get("check_code").asText());
        assertEquals("10.0.0.1", g.get("entries").get(0).get("receiving_ip").asText());
    }

    @Test
    void summaryOfOneDomainSinceADateInText() {
        storeNovember();
        assertEquals(
                0,
                run(
                        "reports",
                        "summary",
                        "--data-dir",
                        dir.toString(),
                        "--domain",
                        "EXAMPLE.com",
                        "--since",
                        "2026-11-02"),
                err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("example.com: 1 report from 1 organisation, 2026-11-03 to 2026-11-03 (UTC)"), text);
        assertFalse(text.contains("other.org"), text);
    }

    @Test
    void summaryTextShowsBothFailureTotalsAndTheFixOfEachGroup() {
        storeNovember();
        assertEquals(0, run("reports", "summary", "--data-dir", dir.toString(), "--domain", "example.com"));
        String text = out.toString();
        assertTrue(text.contains("150 successful, 3 failed (the failure details add up to 2;"), text);
        assertTrue(text.contains("certificate-expired: 2 sessions (would stop mail in enforce)"), text);
        assertTrue(
                text.contains("mx mx1.example.com (10.0.0.1) from 192.0.2.1, reason X509_V_ERR_CERT_HAS_EXPIRED,"
                        + " reported by google.com"),
                text);
        assertTrue(text.contains("(live check: mx-cert)"), text);
    }

    @Test
    void summaryCsvWritesTheChosenTable() {
        storeNovember();
        assertEquals(0, run("reports", "summary", "--data-dir", dir.toString(), "--csv", "--table", "failures"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(
                "policy_domain,result_type,receiving_mx_hostname,receiving_ip,sending_mta_ip,failure_reason_code,"
                        + "additional_information,sessions,organisations",
                lines.get(0));
        assertEquals(
                "example.com,certificate-expired,mx1.example.com,10.0.0.1,192.0.2.1,X509_V_ERR_CERT_HAS_EXPIRED,,2,"
                        + "google.com",
                lines.get(1));
        out.getBuffer().setLength(0);
        assertEquals(0, run("reports", "summary", "--data-dir", dir.toString(), "--csv"));
        assertTrue(
                out.toString()
                        .startsWith("policy_domain,date,reports,successful_sessions,failed_sessions\r\n"
                                + "example.com,2026-11-01,2,100,3\r\n"),
                out.toString());
    }

    @Test
    void summaryOfAnEmptyDataFolderSaysHowToAddReportsWithoutCreatingIt() {
        Path none = dir.resolve("nothing-here");
        assertEquals(0, run("reports", "summary", "--data-dir", none.toString()));
        assertTrue(out.toString().contains("No reports in " + none), out.toString());
        assertFalse(Files.exists(none));
    }

    @Test
    void badSummaryArgumentsExitTwoWithOneLine() {
        assertEquals(2, run("reports", "summary", "--data-dir", dir.toString(), "--since", "last week"));
        assertTrue(
                err.toString().contains("--since must be a date like 2026-11-01 (UTC), not 'last week'"),
                err.toString());
        assertEquals(2, run("reports", "summary", "--data-dir", dir.toString(), "--json", "--csv"));
        assertEquals(2, run("reports", "summary", "--data-dir", dir.toString(), "--domain", "not a domain"));
        assertEquals(2, run("reports", "summary", "--table", "days"));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    // ---- ready ----

    private int ready(LiveScenario live, String... extra) {
        CheckSettings s = live.settings();
        List<String> args = new ArrayList<>(List.of(
                "reports",
                "ready",
                "--domain",
                live.domain(),
                "--data-dir",
                dir.toString(),
                "--resolver",
                s.resolver().toString(),
                "--ca-file",
                s.caFile().toString(),
                "--https-port",
                "" + s.httpsPort(),
                "--smtp-port",
                "" + s.smtpPort(),
                "--timeout",
                "5"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Clean daily reports that saw {@code live}'s policy, ending yesterday (UTC). */
    private void storeCleanDays(LiveScenario live, int days, String... orgs) {
        List<String> lines = live.policyBody().lines().toList();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<TlsReport> reports = new ArrayList<>();
        for (String org : orgs) {
            for (int i = 0; i < days; i++) {
                reports.add(daily(org, yesterday.minusDays(i), live.domain(), lines, 100, 0));
            }
        }
        store(reports);
    }

    @Test
    void readyExitsZeroWhenTwoWeeksOfCleanReportsSawTheLivePolicyAndTheCheckPasses() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts("example.test", 1).policyMode("testing").start()) {
            storeCleanDays(live, 14, "google.com", "microsoft.com");
            assertEquals(0, ready(live), out + "\n" + err);
            String text = out.toString();
            assertTrue(text.startsWith("example.test: ready to enforce\n"), text);
            assertTrue(text.contains("PASS  Reporters applied the live policy."), text);
            assertTrue(text.contains("PASS  The live check passes now."), text);
        }
    }

    @Test
    void readyExitsOneAndSaysWhyWhenTooFewDaysAndTheLiveCheckFails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1)
                .policyMode("testing")
                .mxBehaviour("mx1.example.test", SmtpBehaviour.NO_STARTTLS)
                .start()) {
            storeCleanDays(live, 3, "google.com", "microsoft.com");
            assertEquals(1, ready(live, "--json"), err.toString());
            JsonNode root = json(out.toString());
            assertFalse(root.get("ready").asBoolean());
            assertEquals(14, root.get("criteria").get("min_days").asInt());
            assertEquals("testing", root.get("live").get("mode").asText());
            List<String> failed = new ArrayList<>();
            root.get("reasons").forEach(r -> {
                if (r.get("status").asText().equals("fail")) {
                    failed.add(r.get("id").asText());
                }
            });
            assertEquals(List.of("days", "live-check"), failed);
            assertTrue(
                    root.get("reasons").get(4).get("evidence").asText().contains("mx-starttls mx1.example.test"),
                    root.toString());
        }
    }

    @Test
    void readyCriteriaAreOptions() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts("example.test", 1).policyMode("testing").start()) {
            storeCleanDays(live, 3, "google.com");
            assertEquals(0, ready(live, "--min-days", "3", "--min-orgs", "1"), out.toString());
        }
    }

    @Test
    void readyUsageErrorsExitTwo() {
        assertEquals(2, run("reports", "ready", "--data-dir", dir.toString()));
        assertTrue(err.toString().contains("--domain"), err.toString());
        assertEquals(2, run("reports", "ready", "--domain", "example.com", "--min-days", "0"));
        assertTrue(err.toString().contains("minimum days must be 1 to 3660, not 0"), err.toString());
        assertEquals(2, run("reports", "ready", "--domain", "example.com", "--timeout", "-1"));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
