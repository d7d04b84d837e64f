package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MxPatternTest {

    @Test
    void wildcardMatchesExactlyOneLabel() {
        MxPattern p = MxPattern.of("*.mail.example.net");
        assertTrue(p.matches("a.mail.example.net"));
        assertFalse(p.matches("mail.example.net"));
        assertFalse(p.matches("a.b.mail.example.net"));
        assertFalse(p.matches("amail.example.net"));
    }

    @Test
    void matchingIgnoresCaseAndTheTrailingDot() {
        MxPattern p = MxPattern.of("mx1.example.net");
        assertTrue(p.matches("MX1.Example.NET."));
        assertTrue(MxPattern.of("*.example.net").matches("A.EXAMPLE.NET."));
        assertFalse(p.matches("mx1.example.net.."));
        assertFalse(p.matches(null));
    }

    @ParameterizedTest
    @CsvSource({
        "'*', MX_BARE_WILDCARD",
        "mail.*.example.net, MX_MISPLACED_WILDCARD",
        "*mail.example.net, MX_MISPLACED_WILDCARD",
        "*.*.example.net, MX_MISPLACED_WILDCARD",
        "192.0.2.1, MX_IP_ADDRESS",
        "2001:db8::25, MX_IP_ADDRESS",
        "mx.bücher.example, MX_U_LABEL",
        "'', MX_EMPTY",
        "mail..example.net, MX_EMPTY_LABEL",
        "-mail.example.net, MX_HYPHEN",
        "mail_1.example.net, MX_BAD_CHARACTER",
        "https://mail.example.net, MX_BAD_CHARACTER",
        "xn--zz.example.net, MX_BAD_A_LABEL",
    })
    void rejectsInvalidPatternsWithTheExactKind(String raw, FindingCode code) {
        MxPattern.Invalid inv = assertInstanceOf(MxPattern.Invalid.class, MxPattern.parse(raw));
        assertEquals(code, inv.code(), inv.message());
    }

    @Test
    void uLabelOffersTheALabel() {
        MxPattern.Invalid inv = assertInstanceOf(MxPattern.Invalid.class, MxPattern.parse("*.bücher.example"));
        assertTrue(inv.fix().contains("*.xn--bcher-kva.example"), inv.fix());
    }

    @Test
    void labelsOver63OctetsAndNamesOver253AreRejected() {
        String label64 = "a".repeat(64);
        assertEquals(
                FindingCode.MX_LABEL_TOO_LONG,
                assertInstanceOf(MxPattern.Invalid.class, MxPattern.parse(label64 + ".example.net"))
                        .code());
        String longName = ("a".repeat(60) + ".").repeat(5) + "net";
        assertEquals(
                FindingCode.MX_NAME_TOO_LONG,
                assertInstanceOf(MxPattern.Invalid.class, MxPattern.parse(longName))
                        .code());
    }
}
