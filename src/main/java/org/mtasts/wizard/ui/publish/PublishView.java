package org.mtasts.wizard.ui.publish;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.core.DnsRecord;
import org.mtasts.wizard.core.HostedFile;
import org.mtasts.wizard.core.HostingBundle;
import org.mtasts.wizard.core.HostingTarget;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.ui.common.Dialogs;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.SaveOutcome;

/**
 * Publish: the exact policy file (CRLF shown), the DNS records with copy buttons, hosting files and
 * steps per host, and what is live today next to what replaces it.
 */
public final class PublishView implements Screen {
    private final PublishViewModel vm;
    private final FileChooserPort files;
    private final VBox root;
    private final VBox content = new VBox(18);
    private final Button savePolicy;

    private final Runnable checkPublication;
    private final PublicationView publication;

    public PublishView(PublishViewModel vm, FileChooserPort files, Runnable checkPublication) {
        this.vm = vm;
        this.files = files;
        this.checkPublication = checkPublication;
        this.publication = new PublicationView(vm.publication(), checkPublication);
        savePolicy = new Button("_Save policy file...", Ui.icon(Feather.SAVE));
        savePolicy.setId("save-policy");
        savePolicy.setMnemonicParsing(true);
        savePolicy.setOnAction(e -> savePolicy());
        root = new VBox(
                18,
                Ui.header(
                        "Publish the policy and the records",
                        "Put the policy file on the web and the records in DNS, exactly as shown. Then press Verify to "
                                + "check them the way a sending mail server would."),
                content);
        root.getStyleClass().add("screen");
        root.setId("screen-publish");
        vm.artifactsProperty().addListener((o, was, now) -> rebuild());
        vm.targetProperty().addListener((o, was, now) -> rebuild());
        vm.liveProperty().addListener((o, was, now) -> rebuild());
        // The DNS host's own instructions replace the generic ones once its name servers are known.
        vm.publication().dnsHostProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        SetupArtifacts a = vm.artifactsProperty().get();
        if (a == null) {
            return;
        }
        List<PublishViewModel.Warning> warnings = vm.warnings();
        if (!warnings.isEmpty()) {
            content.getChildren().add(warningsCard(warnings));
        }
        if (vm.replacesLive()) {
            content.getChildren().add(liveComparison(a));
        }
        content.getChildren().addAll(policyCard(a), recordsCard(a), hostingCard(), publication.root());
    }

    /** Downgrades and uncovered hosts first, before anything is copied: they are never silent. */
    private static Node warningsCard(List<PublishViewModel.Warning> warnings) {
        VBox box = new VBox(8);
        boolean blocking = warnings.stream().anyMatch(PublishViewModel.Warning::blocking);
        box.getChildren()
                .add(title(
                        blocking ? "Publishing this would stop mail" : "This draft protects less than what is live"));
        int i = 0;
        for (PublishViewModel.Warning w : warnings) {
            Label l = Ui.wrapped(w.text());
            l.setId("publish-warning-" + i++);
            l.setGraphic(Ui.icon(w.blocking() ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE));
            l.getStyleClass().add(w.blocking() ? Styles.DANGER : Styles.WARNING);
            box.getChildren().add(l);
        }
        box.getStyleClass().addAll("card-box", blocking ? "banner-fail" : "banner-warn");
        box.setId("publish-warnings");
        return box;
    }

    private Node liveComparison(SetupArtifacts a) {
        VBox live = new VBox(
                6,
                bold("Live now"),
                mono(vm.liveStsRecord().orElse("(no MTA-STS record)")),
                mono(vm.livePolicy().orElse("(no policy file could be fetched)")));
        VBox next = new VBox(
                6,
                bold("Will replace it"),
                mono(a.records().get(0).value()),
                mono(a.policyText().replace("\r\n", "\n").strip()));
        HBox columns = new HBox(24, live, next);
        HBox.setHgrow(live, Priority.ALWAYS);
        HBox.setHgrow(next, Priority.ALWAYS);
        live.setPrefWidth(300);
        next.setPrefWidth(300);
        Label order = Ui.wrapped("Safe order: 1. publish the new policy file and check that it is served; "
                + "2. only then change the TXT record to the new id. Senders that see the new id fetch the file "
                + "at once, so the file must already be there.");
        order.setGraphic(Ui.icon(Feather.ALERT_TRIANGLE));
        order.getStyleClass().add(Styles.WARNING);
        VBox box = new VBox(10, title("This domain already publishes MTA-STS"), columns, order);
        box.getStyleClass().add("card-box");
        box.setId("publish-live");
        return box;
    }

    private Node policyCard(SetupArtifacts a) {
        TextFlow flow = new TextFlow();
        flow.setId("policy-text");
        flow.getStyleClass().add("mono");
        for (String line : a.policyText().split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Text t = new Text(line);
            t.getStyleClass().addAll("mono", "policy-line");
            Text crlf = new Text("  CRLF\n");
            crlf.getStyleClass().addAll("mono", "crlf");
            flow.getChildren().addAll(t, crlf);
        }
        flow.setAccessibleText(a.policyText());
        Button copy = new Button("Copy _policy", Ui.icon(Feather.COPY));
        copy.setId("copy-policy");
        copy.setMnemonicParsing(true);
        copy.setOnAction(e -> {
            Ui.copy(a.policyText());
            vm.messageProperty()
                    .set("Copied the policy file (" + a.policyText().length() + " characters, CRLF line endings).");
        });
        HBox buttons = new HBox(8, copy, savePolicy);
        Label where = Ui.muted("Serve it at " + a.request().domain().policyUrl()
                + " over HTTPS, as text/plain, with a certificate for "
                + a.request().domain().policyHost()
                + ". Lines end in CRLF, as RFC 8461 section 3.2 describes.");
        VBox box = new VBox(10, title("1. The policy file"), where, flow, buttons);
        box.getStyleClass().add("card-box");
        return box;
    }

    private Node recordsCard(SetupArtifacts a) {
        GridPane grid = new GridPane();
        grid.setId("dns-records");
        grid.setHgap(12);
        grid.setVgap(8);
        // Names stay on one line (a name broken mid-label is misread); values wrap instead.
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints type = new ColumnConstraints();
        type.setMinWidth(40);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        // Computed: as narrow as the widest token of a value, so tokens never break.
        value.setMinWidth(Region.USE_COMPUTED_SIZE);
        ColumnConstraints ttl = new ColumnConstraints();
        ttl.setMinWidth(44);
        grid.getColumnConstraints().addAll(name, type, value, ttl);
        grid.addRow(0, header("Name"), header("Type"), header("Value"), header("TTL"));
        int row = 1;
        String zone = a.request().domain().ascii();
        for (DnsRecord r : a.records()) {
            grid.addRow(
                    row++, nameCell(r, zone), new Label(r.type()), valueCell(r), new Label(String.valueOf(r.ttl())));
        }
        Button zoneCopy = new Button("Copy all as _zone file", Ui.icon(Feather.CLIPBOARD));
        zoneCopy.setId("copy-zone");
        zoneCopy.setMnemonicParsing(true);
        zoneCopy.setOnAction(e -> {
            Ui.copy(a.zoneSnippet());
            vm.messageProperty().set("Copied the records as zone-file lines.");
        });
        Label id = Ui.wrapped("Policy id " + a.policyId() + ": it changes every time the policy changes. Senders "
                + "fetch the policy file again only when they see a new id, so a new id is how you tell them.");
        id.setId("policy-id-note");
        id.setGraphic(Ui.icon(Feather.INFO));
        id.getStyleClass().add("note");
        Label host = Ui.muted("The web host mta-sts." + a.request().domain().ascii()
                + " also needs an address (A/AAAA) or a CNAME to your hosting: see the steps below.");
        Node names = DnsHostInstructions.of(
                a,
                vm.publication().dnsHostProperty().get(),
                vm.publication().zoneProperty().get(),
                checkPublication);
        VBox box = new VBox(10, title("2. The DNS records"), grid, names, zoneCopy, id, host);
        box.getStyleClass().add("card-box");
        return box;
    }

    private Node hostingCard() {
        ComboBox<HostingTarget> target = new ComboBox<>();
        target.setId("hosting-target");
        target.getItems().setAll(HostingTarget.values());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(HostingTarget t) {
                return t == null ? "" : t.displayName();
            }

            @Override
            public HostingTarget fromString(String s) {
                return null;
            }
        });
        target.setValue(vm.targetProperty().get());
        target.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.targetProperty().set(now);
            }
        });
        HostingBundle bundle = vm.bundle();
        VBox steps = new VBox(4);
        steps.setId("hosting-steps");
        int i = 1;
        for (String s : bundle.steps()) {
            Label l = Ui.wrapped(i++ + ". " + s);
            steps.getChildren().add(l);
        }
        VBox fileList = new VBox(2);
        for (HostedFile f : bundle.files()) {
            fileList.getChildren().add(mono(f.path()));
        }
        Button export = new Button("E_xport hosting files...", Ui.icon(Feather.FOLDER_PLUS));
        export.setId("export-hosting");
        export.setMnemonicParsing(true);
        export.setOnAction(e -> exportHosting());
        HBox chooser = new HBox(10, Ui.fieldLabel("_Host the policy on", target), target);
        chooser.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, title("3. Host the policy file"), chooser, steps, bold("Files"), fileList, export);
        box.getStyleClass().add("card-box");
        return box;
    }

    private void savePolicy() {
        Optional<Path> chosen = files.save(
                root.getScene().getWindow(),
                "Save the policy file",
                "mta-sts.txt",
                new FileChooser.ExtensionFilter("Policy file", "*.txt"));
        if (chosen.isEmpty()) {
            return;
        }
        if (vm.savePolicy(chosen.get(), false) == SaveOutcome.EXISTS
                && Dialogs.confirmReplace(root, List.of(chosen.get()))) {
            vm.savePolicy(chosen.get(), true);
        }
    }

    private void exportHosting() {
        Optional<Path> dir = files.directory(root.getScene().getWindow(), "Export the hosting files into");
        if (dir.isEmpty()) {
            return;
        }
        List<Path> clashes = vm.exportClashes(dir.get());
        if (!clashes.isEmpty() && !Dialogs.confirmReplace(root, clashes)) {
            return;
        }
        vm.exportHosting(dir.get(), !clashes.isEmpty());
    }

    /**
     * The record's name with two copy buttons: the name relative to the zone (what most DNS
     * consoles ask for in their Name/Host field) and the full name; the status line says which.
     */
    private Node nameCell(DnsRecord r, String zone) {
        String relative = r.relativeName(zone);
        Label n = mono(r.name());
        n.setWrapText(false);
        n.setMinWidth(Region.USE_PREF_SIZE);
        Button copyRelative = new Button(relative);
        copyRelative.getStyleClass().addAll(Styles.SMALL, "mono");
        copyRelative.setGraphic(Ui.icon(Feather.COPY));
        copyRelative.setMnemonicParsing(false);
        copyRelative.setTooltip(new Tooltip("Copy " + relative + ": the name without the domain, for DNS consoles"
                + " that add " + zone + " themselves"));
        copyRelative.setAccessibleText("Copy the name " + relative + " (without the domain)");
        copyRelative.setId(Ui.safeId("copy-relative-name-" + r.name()));
        copyRelative.setOnAction(e -> {
            Ui.copy(relative);
            vm.messageProperty()
                    .set("Copied the name " + relative + " (without the domain, for consoles that add " + zone + ").");
        });
        Button copyFull = Ui.copyButton(r.name(), "the full name " + r.name());
        copyFull.addEventHandler(
                ActionEvent.ACTION, e -> vm.messageProperty().set("Copied the full name " + r.name() + "."));
        copyFull.setId(Ui.safeId("copy-name-" + r.name()));
        copyFull.setTooltip(new Tooltip("Copy the full name " + r.name()));
        HBox box = new HBox(4, n, copyFull, copyRelative);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The value wraps only between its tokens, never inside one (a broken token is misread). */
    private Node valueCell(DnsRecord r) {
        FlowPane v = Ui.tokenFlow(r.value(), "mono");
        v.setId(Ui.safeId("value-" + r.name()));
        Button copyValue = Ui.copyButton(r.value(), "value of " + r.name());
        copyValue.addEventHandler(
                ActionEvent.ACTION,
                e -> vm.messageProperty().set("Copied the " + r.type() + " value of " + r.name() + "."));
        copyValue.setId(Ui.safeId("copy-value-" + r.name()));
        HBox box = new HBox(4, v, copyValue);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(v, Priority.ALWAYS);
        return box;
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        return l;
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label mono(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("mono");
        return l;
    }

    @Override
    public Node root() {
        return root;
    }
}
