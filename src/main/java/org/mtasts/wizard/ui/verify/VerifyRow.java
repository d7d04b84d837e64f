package org.mtasts.wizard.ui.verify;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Status;

/** One requirement on the Verify screen: pending until its result arrives. */
public final class VerifyRow {
    private final CheckId id;
    private final String target;
    private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();

    VerifyRow(CheckId id, String target) {
        this.id = id;
        this.target = target;
    }

    public CheckId id() {
        return id;
    }

    public String target() {
        return target;
    }

    public ObjectProperty<CheckResult> resultProperty() {
        return result;
    }

    public boolean pending() {
        return result.get() == null;
    }

    /** True when the result is in and fails: such rows come first and open by themselves. */
    public boolean failing() {
        CheckResult r = result.get();
        return r != null && r.status() == Status.FAIL;
    }

    /** A title a domain owner understands; per-host checks name their host. */
    public String title() {
        return titleOf(id, target);
    }

    /** The title of a check, as its row shows it (also used to name failing checks in the banner). */
    public static String titleOf(CheckId id, String target) {
        return switch (id) {
            case RESOLVER -> "DNS resolver answers";
            case STS_RECORD -> "MTA-STS record (_mta-sts TXT)";
            case POLICY_HOST -> "Policy host has an address";
            case POLICY_TLS -> "Policy host HTTPS and certificate";
            case POLICY_STATUS -> "Policy answers 200, without redirects";
            case POLICY_CONTENT_TYPE -> "Policy served as text/plain";
            case POLICY_SIZE -> "Policy file size";
            case POLICY_SYNTAX -> "Policy file is valid";
            case MX_RECORDS -> "MX records published";
            case MX_COVERAGE -> "Every MX host matches the policy";
            case MX_STARTTLS -> "STARTTLS on " + target;
            case MX_CERT -> "Certificate of " + target;
            case TLSRPT_RECORD -> "TLS reporting record (_smtp._tls TXT)";
            case DNSSEC -> "DNSSEC (beside MTA-STS)";
            case MX_DANE -> "DANE TLSA of " + target + " (beside MTA-STS)";
        };
    }

    /** Test and accessibility handle, e.g. {@code row-mx-starttls-mx1.example.net}. */
    public String key() {
        return id.code() + (isPerHost(id) ? "-" + target : "");
    }

    public static boolean isPerHost(CheckId id) {
        return id == CheckId.MX_STARTTLS || id == CheckId.MX_CERT || id == CheckId.MX_DANE;
    }
}
