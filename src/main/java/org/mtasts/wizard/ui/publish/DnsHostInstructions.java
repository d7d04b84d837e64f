package org.mtasts.wizard.ui.publish;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.core.DnsHost;
import org.mtasts.wizard.core.DnsHostTable;
import org.mtasts.wizard.core.DnsRecord;
import org.mtasts.wizard.core.RecordInstruction;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.ui.common.Ui;

/**
 * What to type into the DNS host's console, record by record: its Name field, its value field
 * (with or without quotes), the TTL, and the traps known for that host. Generic until the zone's
 * name servers tell which host it is.
 */
final class DnsHostInstructions {
    private DnsHostInstructions() {}

    static Node of(SetupArtifacts a, DnsHostTable.Detection detection, String zoneOrEmpty, Runnable detect) {
        String zone = zoneOrEmpty == null || zoneOrEmpty.isEmpty()
                ? a.request().domain().ascii()
                : zoneOrEmpty;
        DnsHost host = detection == null ? null : detection.primary().orElse(null);
        VBox box = new VBox(8);
        box.setId("dns-host-instructions");
        box.getChildren().add(heading(detection, zone, detect));
        for (DnsRecord r : a.records()) {
            box.getChildren().add(record(RecordInstruction.of(host, r, zone)));
        }
        return box;
    }

    /** One record: its full name, then what goes in each field of the form, then the traps. */
    private static Node record(RecordInstruction i) {
        DnsRecord r = i.record();
        Label title = new Label(r.name() + "  (" + r.type() + ")");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "mono");
        Label name = Ui.wrapped("Name field: " + i.name());
        name.getStyleClass().add("mono");
        name.setId(Ui.safeId("instruction-" + r.name()));
        Label value = Ui.wrapped(
                i.value().equals(r.value())
                        ? "Value field: the value above, as it is."
                        : "Value field, exactly: " + i.value());
        value.getStyleClass().add("mono");
        Label ttl = Ui.wrapped("TTL: " + i.ttl());
        VBox fields = new VBox(2, name, value, ttl);
        for (String note : i.notes()) {
            Label n = Ui.wrapped(note);
            n.getStyleClass().add(Styles.TEXT_MUTED);
            fields.getChildren().add(n);
        }
        fields.setPadding(new Insets(0, 0, 0, 16));
        return new VBox(2, title, fields);
    }

    private static Node heading(DnsHostTable.Detection detection, String zone, Runnable detect) {
        if (detection == null) {
            Label l = Ui.wrapped("Typing them in: most DNS consoles want the name without the domain. Check publication"
                    + " below finds your DNS host from the zone's name servers and shows its own instructions.");
            l.setGraphic(Ui.icon(Feather.INFO));
            Hyperlink find = new Hyperlink("Find my DNS host");
            find.setId("find-dns-host");
            find.setOnAction(e -> detect.run());
            return new VBox(2, l, find);
        }
        String text = detection.primary().isPresent()
                ? "Your DNS host: " + detection.names() + " (zone " + zone + ", from its name servers)."
                : "Your DNS host is not one this wizard knows (zone " + zone + "); these instructions suit most"
                        + " consoles.";
        if (!detection.unmatched().isEmpty() && detection.primary().isPresent()) {
            text += " Also serving the zone: " + String.join(", ", detection.unmatched()) + ".";
        }
        Label l = Ui.wrapped(text);
        l.setId("dns-host");
        l.setGraphic(Ui.icon(Feather.SERVER));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
