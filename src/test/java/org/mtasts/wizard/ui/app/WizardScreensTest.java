package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.DnsRecord;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.HostingTarget;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.RuaUri;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.ui.common.Dialogs;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.domain.DomainViewModel;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Each screen's inline messages, copy buttons, saving and the draft, in the real window. */
class WizardScreensTest extends WizardFxTestBase {

    private void toMailServers(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing"));
        robot.clickOn("#welcome-setup");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
    }

    private static String coreDomainMessage(String input) {
        return ((DomainName.Invalid) DomainName.parse(input)).message();
    }

    @Test
    void domainFieldShowsTheNormalisedNameAndEveryInlineMessage(FxRobot robot) {
        robot.clickOn("#welcome-setup");
        assertFalse(visible(robot, "domain-error"), "no error before the user typed or pressed Next");
        robot.type(KeyCode.ENTER);
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        assertEquals(DomainViewModel.EMPTY_MESSAGE, text(robot, "domain-error"));

        robot.write("exa mple.test");
        assertEquals(coreDomainMessage("exa mple.test"), text(robot, "domain-error"));
        assertTrue(visible(robot, "domain-error"));
        robot.type(KeyCode.ENTER);
        assertEquals(Step.DOMAIN, vm().stepProperty().get(), "an invalid domain does not go on");

        robot.doubleClickOn("#domain-field").eraseText(20).write("postmaster@Bücher.example");
        assertFalse(visible(robot, "domain-error"));
        assertEquals("Will use: xn--bcher-kva.example", text(robot, "domain-normalized"));
        assertTrue(text(robot, "domain-note").startsWith("Changed what you typed: "), text(robot, "domain-note"));
    }

    @Test
    void anUnreachableResolverIsExplainedAndTheUserCanEnterServersByHand(FxRobot robot) throws Exception {
        FxHarness.runFx(() -> {
            vm().settings().resolverChoiceProperty().set(ResolverChoice.CUSTOM);
            vm().settings().customResolverProperty().set("127.0.0.1:9");
            vm().settings().timeoutProperty().set("1");
        });
        robot.clickOn("#welcome-setup");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(15, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        assertTrue(
                text(robot, "mx-lookup-note").startsWith("The DNS resolver did not answer"),
                text(robot, "mx-lookup-note"));
        assertTrue(visible(robot, "mx-lookup-note"));
        robot.write("mx.example.test").type(KeyCode.ENTER);
        assertEquals(List.of("mx.example.test"), vm().mailServers().patterns());
    }

    @Test
    void mailServerPatternsShowEveryInlineMessageAndEditWithTheKeyboard(FxRobot robot) throws Exception {
        toMailServers(robot);
        assertTrue(find(robot, "mx-new-pattern").isFocused());
        // Enter in the empty field is Next; with text it adds.
        robot.write("mail.*.example.test").type(KeyCode.ENTER);
        MxPattern.Invalid inv = (MxPattern.Invalid) MxPattern.parse("mail.*.example.test");
        assertEquals(
                inv.message() + (inv.fix().isEmpty() ? "" : " (" + inv.fix() + ")"),
                text(robot, "mx-new-pattern-error"));
        assertEquals(Step.MAIL_SERVERS, vm().stepProperty().get());

        robot.eraseText(30).write("MX1.example.test").type(KeyCode.ENTER);
        assertEquals("mx1.example.test is already in the list.", text(robot, "mx-new-pattern-error"));
        robot.eraseText(30).write("*.example.test").type(KeyCode.ENTER);
        assertFalse(visible(robot, "mx-new-pattern-error"));
        assertEquals(
                List.of("mx1.example.test", "mx2.example.test", "*.example.test"),
                vm().mailServers().patterns());
        assertTrue(
                vm().mailServers().findings().stream().anyMatch(f -> f.contains("*.example.test")),
                "the wildcard and its risk are called out");

        // Remove every pattern with Delete: the list may not be empty.
        FxHarness.runFx(() -> find(robot, "mx-patterns").requestFocus());
        for (int i = 0; i < 3; i++) {
            FxHarness.runFx(() -> ((ListView<?>) find(robot, "mx-patterns"))
                    .getSelectionModel()
                    .select(0));
            robot.type(KeyCode.DELETE);
        }
        assertTrue(vm().mailServers().patterns().isEmpty());
        assertTrue(text(robot, "mx-patterns-error").startsWith("Add at least one pattern"));
        assertEquals(
                "Not covered: senders in enforce mode will refuse to deliver to it",
                text(robot, "mx-coverage-mx1.example.test"));
        robot.clickOn("#next");
        assertEquals(Step.MAIL_SERVERS, vm().stepProperty().get());

        // Add one back, then edit it in place with F2.
        focusAndClick(robot, "mx-new-pattern");
        robot.write("mx1.example.test").type(KeyCode.ENTER);
        FxHarness.runFx(() ->
                ((ListView<?>) find(robot, "mx-patterns")).getSelectionModel().select(0));
        FxHarness.runFx(() -> find(robot, "mx-patterns").requestFocus());
        robot.type(KeyCode.F2)
                .push(KeyCode.CONTROL, KeyCode.A)
                .write("bad pattern!")
                .type(KeyCode.ENTER);
        assertEquals(
                ((MxPattern.Invalid) MxPattern.parse("bad pattern!")).message(),
                text(robot, "mx-edit-error").replaceAll(" \\(.*\\)$", ""));
        assertEquals(List.of("mx1.example.test"), vm().mailServers().patterns(), "an invalid edit is not kept");
        assertTrue(text(robot, "mx-coverage-mx2.example.test").startsWith("Not covered"));
    }

    @Test
    void policyShowsEveryInlineMessageAndBackKeepsTheAnswers(FxRobot robot) throws Exception {
        toMailServers(robot);
        robot.type(KeyCode.ENTER);
        assertEquals(Step.POLICY, vm().stepProperty().get());
        robot.clickOn("#mode-enforce");
        focusAndClick(robot, "max-age-custom");
        focusAndClick(robot, "max-age-custom-field");
        robot.write("a week");
        assertEquals(
                "Enter whole seconds from 0 to 31557600 (one year); one week is 604800.", text(robot, "max-age-error"));
        robot.eraseText(6).write("31557601");
        assertEquals(
                "Enter whole seconds from 0 to 31557600 (one year); one week is 604800.", text(robot, "max-age-error"));
        robot.eraseText(8).write("3600");
        assertFalse(visible(robot, "max-age-error"));
        assertTrue(
                find(robot, "policy-advice").lookupAll(".label").stream()
                        .anyMatch(n -> ((Label) n).getText().contains("under one day")),
                "core's advice about a short max_age in enforce mode is shown");

        focusAndClick(robot, "rua-new");
        robot.write("not an address").type(KeyCode.ENTER);
        assertEquals(((RuaUri.Invalid) RuaUri.parse("not an address")).message(), text(robot, "rua-error"));
        robot.eraseText(20).write("reports@example.test").type(KeyCode.ENTER);
        assertTrue(text(robot, "rua-note").startsWith("Changed to mailto:reports@example.test"));
        robot.write("mailto:reports@example.test").type(KeyCode.ENTER);
        assertEquals("mailto:reports@example.test is already in the list.", text(robot, "rua-error"));

        robot.clickOn("#back");
        assertEquals(Step.MAIL_SERVERS, vm().stepProperty().get());
        robot.clickOn("#next");
        assertEquals(Mode.ENFORCE, vm().policy().modeProperty().get());
        assertEquals("3600", text(robot, "max-age-custom-field"));
        assertEquals(
                List.of("mailto:tlsrpt@example.test", "mailto:reports@example.test"),
                vm().policy().reportAddresses());
    }

    @Test
    void copyButtonsPutTheExactValueOnTheClipboard(FxRobot robot) throws Exception {
        toMailServers(robot);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        SetupArtifacts a = vm().publish().artifactsProperty().get();

        focusAndClick(robot, "copy-value-_mta-sts.example.test");
        assertEquals(a.records().get(0).value(), clipboard());
        assertEquals("v=STSv1; id=" + a.policyId(), clipboard());
        assertEquals("Copied the TXT value of _mta-sts.example.test.", text(robot, "publish-status"));
        focusAndClick(robot, "copy-name-_mta-sts.example.test");
        assertEquals("_mta-sts.example.test", clipboard());
        assertEquals("Copied the full name _mta-sts.example.test.", text(robot, "publish-status"));
        // Most DNS consoles add the domain themselves: the name without it, and the status says so.
        focusAndClick(robot, "copy-relative-name-_mta-sts.example.test");
        assertEquals("_mta-sts", clipboard());
        assertTrue(text(robot, "publish-status").startsWith("Copied the name _mta-sts (without the domain"));
        focusAndClick(robot, "copy-relative-name-_smtp._tls.example.test");
        assertEquals("_smtp._tls", clipboard());
        focusAndClick(robot, "copy-policy");
        assertEquals(a.policyText(), clipboard());
        assertTrue(clipboard().contains("\r\n"), "CRLF line endings survive the copy");
        focusAndClick(robot, "copy-zone");
        assertEquals(a.zoneSnippet(), clipboard());
    }

    @Test
    void savingRefusesToOverwriteSilently(FxRobot robot) throws Exception {
        toMailServers(robot);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#next");
        Path file = Files.writeString(configDir.resolve("mta-sts.txt"), "old content");

        fileAnswers.add(file);
        focusAndClick(robot, "save-policy");
        assertTrue(robot.lookup("#confirm-replace").tryQuery().isPresent(), "asks before replacing");
        robot.type(KeyCode.ENTER);
        assertEquals("old content", Files.readString(file), "Enter is Cancel in the question; nothing replaced");

        fileAnswers.add(file);
        focusAndClick(robot, "save-policy");
        robot.clickOn(Dialogs.REPLACE);
        assertEquals(
                vm().publish().artifactsProperty().get().policyText(), Files.readString(file, StandardCharsets.UTF_8));

        // Exporting hosting files into a folder that already has one of them asks too.
        FxHarness.runFx(() -> vm().publish().targetProperty().set(HostingTarget.NGINX));
        Path dir = Files.createDirectories(configDir.resolve("site"));
        String first = vm().publish().hostingFiles().keySet().iterator().next();
        Path clash = dir.resolve(first);
        Files.createDirectories(clash.getParent());
        Files.writeString(clash, "mine");
        fileAnswers.add(dir);
        focusAndClick(robot, "export-hosting");
        assertTrue(robot.lookup("#confirm-replace").tryQuery().isPresent());
        robot.clickOn("#cancel");
        assertEquals("mine", Files.readString(clash));
        for (String rel : vm().publish().hostingFiles().keySet()) {
            if (!rel.equals(first)) {
                assertFalse(Files.exists(dir.resolve(rel)), "nothing half-exported: " + rel);
            }
        }
    }

    @Test
    void theWholeDraftIsRestoredAfterRestart(FxRobot robot) throws Exception {
        toMailServers(robot);
        robot.write("*.example.test").type(KeyCode.ENTER);
        robot.clickOn("#next");
        robot.clickOn("#mode-enforce");
        focusAndClick(robot, "rua-new");
        robot.write("reports@example.test").type(KeyCode.ENTER);
        robot.clickOn("#next");
        String policyId = vm().publish().artifactsProperty().get().policyId();

        reopen();
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        assertTrue(visible(robot, "domain-restored"));
        assertEquals("example.test", text(robot, "domain-field"));
        assertEquals(
                List.of("mx1.example.test", "mx2.example.test", "*.example.test"),
                vm().mailServers().patterns());
        assertEquals(Mode.ENFORCE, vm().policy().modeProperty().get());
        assertEquals(
                List.of("mailto:tlsrpt@example.test", "mailto:reports@example.test"),
                vm().policy().reportAddresses());

        // The user's patterns survive the new lookup, and the unchanged policy keeps its id.
        use(Scenario.withMxHosts("example.test", 2));
        robot.clickOn("#next");
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        assertEquals(3, vm().mailServers().patterns().size());
        robot.clickOn("#next");
        robot.clickOn("#next");
        assertEquals(policyId, vm().publish().artifactsProperty().get().policyId());
    }

    private static String clipboard() throws Exception {
        return FxHarness.onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    @Test
    void recordValuesNeverWrapInsideATokenAtTheMinimumWindowSize(FxRobot robot) throws Exception {
        FxHarness.runFx(() -> {
            stage.setWidth(WizardWindow.MIN_WIDTH);
            stage.setHeight(WizardWindow.MIN_HEIGHT);
        });
        toMailServers(robot);
        robot.type(KeyCode.ENTER);
        // A long report address makes the longest token of the TLSRPT value.
        FxHarness.runFx(
                () -> vm().policy().reportAddresses().setAll("mailto:tls-reports-for-example@reports.example.test"));
        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (DnsRecord r : vm().publish().artifactsProperty().get().records()) {
            FlowPane value = find(robot, Ui.safeId("value-" + r.name()));
            StringBuilder shown = new StringBuilder();
            for (Node n : value.getChildren()) {
                Label piece = (Label) n;
                shown.append(piece.getText());
                // A piece narrower than its text would be cut or wrapped inside the token.
                assertTrue(
                        piece.getWidth() + 0.5 >= piece.prefWidth(-1),
                        r.name() + ": '" + piece.getText() + "' is " + piece.getWidth() + " px wide, needs "
                                + piece.prefWidth(-1));
                assertTrue(!piece.getText().strip().contains(" "), "a token holds no space: " + piece.getText());
            }
            assertEquals(r.value(), shown.toString(), "the pieces make up the value");
            // Every piece is inside the visible width of the screen's scroll pane or reachable by its scroll bar.
            assertTrue(value.getWidth() > 0);
        }
    }

    @Test
    void anIdnDomainIsShownInBothSpellingsAfterTheDomainStep(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("xn--bcher-kva.test", 1).policyMode("testing"));
        robot.clickOn("#welcome-setup");
        assertEquals("", text(robot, "header-domain"), "nothing to show before a domain is chosen");
        robot.write("bücher.test").type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        assertEquals("bücher.test (xn--bcher-kva.test)", text(robot, "header-domain"));
    }

    @Test
    void theFirstClickOnAHalfVisibleButtonPressesIt(FxRobot robot) throws Exception {
        toMailServers(robot);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        Button zone = find(robot, "copy-zone");
        ScrollPane scroll = robot.lookup(".screen-scroll").queryAs(ScrollPane.class);
        // Scroll so that the viewport's bottom edge cuts the button in half.
        FxHarness.runFx(() -> {
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(zone.localToScene(zone.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double top = b.getMinY() + b.getHeight() / 2 - viewport;
            scroll.setVvalue(top / (content.getLayoutBounds().getHeight() - viewport));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = scroll.getVvalue();
        Bounds onScreen = zone.localToScreen(zone.getBoundsInLocal());
        robot.clickOn(new Point2D(onScreen.getCenterX(), onScreen.getMinY() + 4));
        assertEquals(vm().publish().artifactsProperty().get().zoneSnippet(), clipboard(), "the click pressed it");
        assertEquals(before, scroll.getVvalue(), 1e-9, "and did not scroll the screen under the pointer");
    }
}
