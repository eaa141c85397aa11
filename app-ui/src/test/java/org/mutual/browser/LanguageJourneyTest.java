package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.APP_USER;

import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A therapist switches Mutual to Spanish and keeps it across signing out and in; a browser that
 * prefers Spanish gets the sign-in page in Spanish, and the picker there switches for the visit only.
 */
class LanguageJourneyTest extends BrowserTestBase {

    /** A date as the dashboard's agenda shows it in Spanish, e.g. "jue 26 nov 2026, 18:00". */
    static final Pattern SPANISH_DATE = Pattern.compile(
            "(lun|mar|mié|jue|vie|sáb|dom)\\.? \\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\\.? \\d{4}, \\d{2}:\\d{2}");

    @Autowired
    DSLContext dsl;

    ChromeDriver spanishBrowser;

    @AfterEach
    void forgetChoice() {
        // The running application is shared: leave the therapist as the other journeys expect them.
        dsl.update(APP_USER).setNull(APP_USER.LOCALE).where(APP_USER.USERNAME.eq("therapist")).execute();
        if (spanishBrowser != null) {
            spanishBrowser.quit();
        }
    }

    @Test
    void a_therapist_switches_to_spanish_and_it_stays_after_signing_in_again() {
        loginPage().signInAs("therapist", "mutual-demo");
        assertThat(waitFor(By.id("main-nav")).getText()).contains("Dashboard", "Groups");

        choose(driver, "Español");

        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-nav"), "Grupos"));
        assertSpanishDashboard();
        screenshot("language-dashboard-es");

        loginPage().logOut();
        loginPage().signInAs("therapist", "mutual-demo");

        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-nav"), "Grupos"));
        assertSpanishDashboard();
        assertThat(dsl.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.USERNAME.eq("therapist"))
                .fetchOne(APP_USER.LOCALE)).isEqualTo("es");
    }

    @Test
    void a_browser_that_prefers_spanish_gets_the_sign_in_page_in_spanish() {
        spanishBrowser = Browser.start(1280, 900, "es");
        spanishBrowser.get(url("/login"));
        waitUpTo(spanishBrowser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Gestión de sesiones para terapia de grupo"));
        assertThat(spanishBrowser.getTitle()).isEqualTo("Iniciar sesión · Mutual");
        assertThat(spanishBrowser.findElement(By.id("login-intake")).getText())
                .isEqualTo("¿Es nuevo/a en la consulta? Solicite plaza en un grupo");

        // The picker on the sign-in page switches for this visit.
        choose(spanishBrowser, "English");
        waitUpTo(spanishBrowser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Session manager for group therapy"));
        spanishBrowser.get(url("/intake"));
        waitUpTo(spanishBrowser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Ask to join a group"));
    }

    private void assertSpanishDashboard() {
        WebElement nav = waitFor(By.id("main-nav"));
        assertThat(nav.getText()).contains("Inicio", "Grupos", "Admisión", "Ejercicios", "Recursos")
                .doesNotContain("Groups");
        assertThat(waitFor(By.id("logout")).getText()).isEqualTo("Cerrar sesión");
        assertThat(waitFor(By.id("dashboard")).getText()).contains("Bienvenido/a", "Próximos 7 días");
        assertThat(driver.getTitle()).isEqualTo("Inicio · Mutual");
        String agenda = driver.findElement(By.id("agenda-today")).getText() + "\n"
                + driver.findElement(By.id("agenda-week")).getText();
        assertThat(SPANISH_DATE.matcher(agenda).find()).as("a session date in Spanish in: %s", agenda).isTrue();
    }

    private void choose(ChromeDriver browser, String language) {
        WebElement select = waitUpTo(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("language-select")));
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']");
        waitUpTo(browser, 30).until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    private org.openqa.selenium.support.ui.WebDriverWait waitUpTo(ChromeDriver browser, int seconds) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(seconds));
    }
}
