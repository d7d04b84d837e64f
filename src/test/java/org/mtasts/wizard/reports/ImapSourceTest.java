package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImapSourceTest {

    @Test
    void imapsWithDefaultsAndAnAddressAsUser() {
        ImapSource s = ImapSource.parse("imaps://tls%40example.com@imap.example.com", null);
        assertEquals(
                new ImapSource("imap.example.com", 993, ImapSource.Security.TLS, "tls@example.com", "INBOX", null), s);
        assertEquals("imaps://tls@example.com@imap.example.com/INBOX", s.display());
        assertEquals(s, ImapSource.parse("imaps://tls@example.com@imap.example.com/", null), "a raw @ in the user too");
    }

    @Test
    void imapIsStarttlsWithPortFolderAndIpv6() {
        Path ca = Path.of("ca.pem");
        ImapSource s = ImapSource.parse("IMAP://me@[::1]:1143/Reports%2FTLS;UIDVALIDITY=5", ca);
        assertEquals(new ImapSource("::1", 1143, ImapSource.Security.STARTTLS, "me", "Reports/TLS", ca), s);
        assertEquals("imap://me@[::1]:1143/Reports/TLS", s.display());
        assertEquals(
                "Grüße", ImapSource.parse("imaps://u@h/Gr%C3%BC%C3%9Fe", null).folder());
        assertEquals("Grüße", ImapSource.parse("imaps://u@h/Grüße", null).folder());
    }

    @Test
    void unusableUrlsSaySo() {
        assertEquals(
                "'https://h/' is not an IMAP URL; write imaps://user@host/INBOX (TLS) or imap://user@host/INBOX"
                        + " (STARTTLS)",
                assertThrows(IllegalArgumentException.class, () -> ImapSource.parse("https://h/", null))
                        .getMessage());
        assertEquals(
                "'imaps://host/INBOX' names no user; write imaps://user@host/INBOX",
                assertThrows(IllegalArgumentException.class, () -> ImapSource.parse("imaps://host/INBOX", null))
                        .getMessage());
        assertEquals(
                "'99x' is not a port number",
                assertThrows(IllegalArgumentException.class, () -> ImapSource.parse("imaps://u@h:99x/", null))
                        .getMessage());
        assertEquals(
                "the IMAP port must be 1 to 65535",
                assertThrows(IllegalArgumentException.class, () -> ImapSource.parse("imaps://u@h:0/", null))
                        .getMessage());
        assertEquals(
                "the IMAP server name is missing",
                assertThrows(IllegalArgumentException.class, () -> ImapSource.parse("imaps://u@/", null))
                        .getMessage());
    }
}
