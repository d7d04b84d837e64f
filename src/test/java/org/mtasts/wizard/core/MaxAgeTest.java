package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaxAgeTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1} seconds")
    @CsvSource({"0,0", "86400,86400", "' 604800 ',604800", "31557600,31557600", "0000000001,1"})
    void acceptsTheGrammarsDigitsUpToOneYear(String typed, long seconds) {
        assertEquals(new MaxAge.Valid(seconds), MaxAge.parse(typed));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is refused")
    @ValueSource(strings = {"", "  ", "31557601", "99999999999", "-5", "+5", "1e6", "a week", "604 800", "604800s"})
    void refusesAnythingElseWithTheRangeAndTheUsualChoice(String typed) {
        MaxAge.Invalid invalid = assertInstanceOf(MaxAge.Invalid.class, MaxAge.parse(typed));
        assertEquals("Enter whole seconds from 0 to 31557600 (one year); one week is 604800.", invalid.message());
    }

    @Test
    void refusesNullRatherThanThrowing() {
        assertInstanceOf(MaxAge.Invalid.class, MaxAge.parse(null));
    }

    @ParameterizedTest(name = "[{index}] policy line max_age: {0}")
    @ValueSource(strings = {"31557601", "abc", "12345678901"})
    void thePolicyParserRefusesWhatTheFacesRefuse(String value) {
        ParseResult<Policy> r = PolicyParser.parse(
                "version: STSv1\r\nmode: testing\r\nmx: mx.example.com\r\nmax_age: " + value + "\r\n");
        assertTrue(r.value().isEmpty(), r.findings().toString());
        List<FindingCode> codes = r.findings().stream().map(Finding::code).toList();
        assertTrue(
                codes.contains(FindingCode.POLICY_MAX_AGE_INVALID)
                        || codes.contains(FindingCode.POLICY_MAX_AGE_OUT_OF_RANGE),
                codes.toString());
        assertInstanceOf(MaxAge.Invalid.class, MaxAge.parse(value));
    }
}
