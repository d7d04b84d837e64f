package org.mtasts.wizard;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/architecture.md describes, checked on the compiled main classes: core is pure and
 * at the bottom, check does the network on top of it, reports (reading, importing and keeping TLS
 * reports) sits beside check and may use it, ui and cli are faces that nothing else uses.
 */
class ArchitectureTest {
    private static final String ROOT = "org.mtasts.wizard";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The wizard's screens; each is a package of its own that no other screen reaches into. */
    static final List<String> SCREENS =
            List.of("domain", "mailservers", "policy", "publish", "verify", "welcome", "settings", "bulk", "reports");

    /** What every screen builds on. */
    static final List<String> SHARED_UI = List.of("common", "store", "task");

    @Test
    void theMainClassesAreImported() {
        assertTrue(MAIN.contain(Main.class) && MAIN.size() > 100, "imported " + MAIN.size() + " classes");
    }

    @Test
    void layersDependDownwardOnlyCoreThenCheckThenReportsThenUiAndCli() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Entry")
                .definedBy(ROOT)
                .layer("Core")
                .definedBy(ROOT + ".core..")
                .layer("Check")
                .definedBy(ROOT + ".check..")
                .layer("Reports")
                .definedBy(ROOT + ".reports..")
                .layer("Cli")
                .definedBy(ROOT + ".cli..")
                .layer("Ui")
                .definedBy(ROOT + ".ui..")
                .whereLayer("Ui")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Reports")
                .mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Check")
                .mayOnlyBeAccessedByLayers("Reports", "Cli", "Ui")
                .whereLayer("Core")
                .mayOnlyBeAccessedByLayers("Check", "Reports", "Cli", "Ui")
                .check(MAIN);
    }

    /**
     * No cycles between any two packages, at every depth (ui.policy and ui.wizard count as two):
     * each package can be read and tested with only the ones below it. No exception: a screen's
     * view takes its own view model and callbacks for where it leads, never the wizard that builds
     * it ({@code ui.wizard} uses the screens, no screen uses {@code ui.wizard}).
     */
    @Test
    void packagesFormNoCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The ui layer in four tiers, each using only those below it: the app (window, launch) builds
     * the wizard shell, the shell ({@code ui.wizard}: steps, Next and Back) builds the screens and
     * wires their callbacks, a screen (view and view model) uses only the shared packages. So a
     * view depends on its own view model, never on the wizard as a whole.
     */
    @Test
    void uiTiersAppThenWizardShellThenScreensThenSharedPackages() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("App")
                .definedBy(ROOT + ".ui.app..")
                .layer("Shell")
                .definedBy(ROOT + ".ui.wizard..")
                .layer("Screens")
                .definedBy(uiPackages(SCREENS))
                .layer("Shared")
                .definedBy(uiPackages(SHARED_UI))
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Shell")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Screens")
                .mayOnlyBeAccessedByLayers("Shell", "App")
                .whereLayer("Shared")
                .mayOnlyBeAccessedByLayers("Screens", "Shell", "App")
                .check(MAIN);
    }

    /** Every ui package is in one of the tiers above, so a new one must be placed on purpose. */
    @Test
    void everyUiPackageIsATier() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .should()
                .resideInAnyPackage(uiPackages(Stream.of(List.of("app", "wizard"), SCREENS, SHARED_UI)
                        .flatMap(List::stream)
                        .toList()))
                .check(MAIN);
    }

    @Test
    void theTopLevelPackagesFormNoCyclesWithoutExceptions() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    private static String[] screenPackages(List<String> screens) {
        return uiPackages(screens);
    }

    private static String[] uiPackages(List<String> names) {
        return names.stream().map(s -> ROOT + ".ui." + s + "..").toArray(String[]::new);
    }

    /**
     * core is pure (no I/O): it uses the JDK's data types and ICU4J for IDNA (not the JDK's IDN,
     * which is IDNA2003), and from java.net and java.io only the pure helpers; no sockets, name
     * lookups, URL connections, files or processes.
     */
    @Test
    void coreUsesOnlyPureJdkClassesAndIcu() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".core..")
                .should()
                .onlyDependOnClassesThat(or(
                        resideInAnyPackage(
                                ROOT + ".core..",
                                "com.ibm.icu..",
                                "java.lang",
                                "java.lang.invoke",
                                "java.lang.runtime",
                                "java.util..",
                                "java.time..",
                                "java.text..",
                                "java.nio.charset.."),
                        equivalentTo(ByteBuffer.class),
                        equivalentTo(CharBuffer.class),
                        equivalentTo(URI.class),
                        equivalentTo(URISyntaxException.class),
                        equivalentTo(ByteArrayOutputStream.class)))
                .check(MAIN);
    }

    /** java.lang is allowed as a whole above, so the parts of it that reach outside the process are named. */
    @Test
    void coreStartsNoProcessesOrThreadsAndReadsNoEnvironment() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".core..")
                .should()
                .dependOnClassesThat(or(
                        equivalentTo(ProcessBuilder.class),
                        equivalentTo(Process.class),
                        equivalentTo(Runtime.class),
                        equivalentTo(Thread.class),
                        equivalentTo(ClassLoader.class)))
                .check(MAIN);
    }

    @Test
    void aScreenPackageDoesNotUseAnotherScreensPackage() {
        for (String screen : SCREENS) {
            String[] others = screenPackages(
                    SCREENS.stream().filter(s -> !s.equals(screen)).toList());
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".ui." + screen + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .check(MAIN);
        }
    }
}
