package org.mutual.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modules' one-way dependencies honest: app-ui → auth, persistence → domain. Every rule
 * fails when the layer it checks is empty, so a moved package can't make a rule pass vacuously.
 */
class ArchitectureTest {

    static final String DOMAIN = "org.mutual.domain..";
    static final String PERSISTENCE = "org.mutual.persistence..";
    static final String AUTH = "org.mutual.auth..";
    static final String UI = "org.mutual.ui..";
    static final String APP = "org.mutual.app..";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the persistence module's test fixtures arrive as a test jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.mutual");
    }

    @Test
    void the_domain_is_plain_java() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                        "com.vaadin..", "jakarta.servlet..", "org.h2..", "org.postgresql..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void the_domain_knows_no_other_module() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, AUTH, UI, APP)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void only_the_ui_module_uses_vaadin() {
        noClasses().that().resideInAnyPackage(DOMAIN, PERSISTENCE, AUTH)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void persistence_and_auth_do_not_know_each_other_or_the_ui() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(AUTH, UI, APP)
                .allowEmptyShould(false)
                .check(classes);
        noClasses().that().resideInAPackage(AUTH)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, UI, APP)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void views_reach_data_through_domain_services_not_jooq() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", PERSISTENCE)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void generated_jooq_records_never_leave_persistence() {
        classes().that().resideInAPackage("org.mutual.persistence.jooq..")
                .should().onlyBeAccessed().byAnyPackage(PERSISTENCE)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.mutual.(*).(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
    }
}
