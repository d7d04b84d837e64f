package org.mtasts.wizard.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The sample reports in {@code src/test/resources/tlsrpt/} (see its README) and small builders for
 * reports made up in tests.
 */
public final class Samples {
    public static final String GOOGLE_GZ = "google.com!example.com!1725321600!1725407999!001.json.gz";
    public static final String MICROSOFT_JSON = "microsoft-example.com-20240903.json";
    public static final String TLSA_JSON = "posteo.de!example.org!1725314400!1725400800.json";
    public static final String MICROSOFT_EML = "microsoft-report.eml";
    public static final String GOOGLE_EML = "google-report-json.eml";
    public static final String MBOX = "reports.mbox";

    private Samples() {}

    /** The folder holding the samples. */
    public static Path dir() {
        return Path.of("src", "test", "resources", "tlsrpt");
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample's JSON (decompressed if it is a .gz). */
    public static byte[] json(String name) {
        byte[] b = bytes(name);
        return name.endsWith(".gz") ? gunzip(b) : b;
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] gunzip(byte[] data) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid report from {@code org} with {@code id} for {@code domain}, one day from {@code start}. */
    public static String report(String org, String id, String domain, Instant start, long ok, long failed) {
        return """
                {"organization-name":"%s","date-range":{"start-datetime":"%s","end-datetime":"%s"},\
                "contact-info":"tls@%s","report-id":"%s","policies":[{"policy":{"policy-type":"sts",\
                "policy-string":["version: STSv1","mode: testing","mx: mail.%s","max_age: 86400"],\
                "policy-domain":"%s","mx-host":["mail.%s"]},"summary":{"total-successful-session-count":%d,\
                "total-failure-session-count":%d}}]}""".formatted(org, start, start.plusSeconds(86399), org, id, domain, domain, domain, ok, failed);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
