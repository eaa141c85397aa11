package org.mutual.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /my/measures/{id}}: one questionnaire as the client fills it in. */
public final class MeasurePage {

    private final BrowserTestBase test;

    MeasurePage(BrowserTestBase test) {
        this.test = test;
        test.waitFor(By.id("measure-title"));
    }

    private List<WebElement> options(int item) {
        // Present is enough: a group scrolled away or just re-validated may not count as "visible".
        return test.waitUpTo(30).until(d -> d.findElement(By.id("measure-item-" + item)))
                .findElements(By.tagName("vaadin-radio-button"));
    }

    /** Chooses answer 0–3 for the item and waits until the group shows it chosen. */
    public MeasurePage answer(int item, int value) {
        test.click(options(item).get(value).findElement(By.tagName("input")));
        test.waitUpTo(30).until(d -> options(item).get(value).getAttribute("checked") != null);
        return this;
    }

    /** The chosen answer of the item, or -1 when none is. */
    public int answerOf(int item) {
        List<WebElement> options = options(item);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getAttribute("checked") != null) {
                return i;
            }
        }
        return -1;
    }

    public MeasurePage save() {
        test.click(test.waitFor(By.id("measure-save")));
        test.waitUpTo(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("Your answers are saved")));
        return this;
    }

    /** Presses submit; the page either shows the score or marks the open items. */
    public void submit() {
        test.click(test.waitFor(By.id("measure-submit")));
    }

    public String score() {
        return scrolledTo(By.id("measure-score")).getText();
    }

    public boolean isMarkedUnanswered(int item) {
        return test.waitUpTo(30).until(d -> d.findElement(By.id("measure-item-" + item))
                .getAttribute("invalid") != null);
    }

    /** The crisis contacts, once shown; they sit at the top, so scroll them into view first. */
    public String crisisText() {
        return scrolledTo(By.id("measure-crisis")).getText();
    }

    /** The element once it is there, scrolled into view (Selenium counts scrolled-away content as hidden). */
    private WebElement scrolledTo(By locator) {
        WebElement element = test.waitUpTo(30).until(d -> d.findElement(locator));
        ((org.openqa.selenium.JavascriptExecutor) test.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        test.waitUpTo(30).until(d -> element.isDisplayed());
        return element;
    }

    public boolean showsCrisis() {
        List<WebElement> crisis = test.driver().findElements(By.id("measure-crisis"));
        return !crisis.isEmpty() && crisis.getFirst().getAttribute("hidden") == null;
    }
}
