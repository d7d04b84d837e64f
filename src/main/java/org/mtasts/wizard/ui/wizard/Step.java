package org.mtasts.wizard.ui.wizard;

/** The wizard's screens, in order. */
public enum Step {
    WELCOME("Welcome", "What MTA-STS is"),
    DOMAIN("Domain", "Your mail domain"),
    MAIL_SERVERS("Mail servers", "Where your mail arrives"),
    POLICY("Policy", "Mode, lifetime, reports"),
    PUBLISH("Publish", "Files and DNS records"),
    VERIFY("Verify", "Live checks"),
    /** Check many domains: reached from Welcome only, never part of the setup steps. */
    BULK("Many domains", "A list, checked at once"),
    /** TLS reports: reached from Welcome (or Verify in testing mode), never part of the setup steps. */
    REPORTS("TLS reports", "Read them, then decide");

    private final String title;
    private final String subtitle;

    Step(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }
}
