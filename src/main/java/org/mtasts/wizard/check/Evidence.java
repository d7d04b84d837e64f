package org.mtasts.wizard.check;

import java.util.Objects;

/**
 * One fact a check observed: what was asked or seen, and what came back. Shown under the result so a
 * user can verify the judgement themselves (for example {@code label = "TXT _mta-sts.example.com"},
 * {@code value = "v=STSv1; id=20261128093000 (TTL 300 s)"}).
 */
public record Evidence(String label, String value) {
    public Evidence {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static Evidence of(String label, Object value) {
        return new Evidence(label, String.valueOf(value));
    }
}
