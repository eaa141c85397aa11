package org.mutual.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** {@code /intake}: the public form, as someone without an account fills it in. */
public final class IntakePage {

    private final BrowserTestBase test;

    private IntakePage(BrowserTestBase test) {
        this.test = test;
        test.waitFor(By.id("intake-submit"));
    }

    public static IntakePage open(BrowserTestBase test) {
        test.driver().get(test.url("/intake"));
        return new IntakePage(test);
    }

    /** The way a newcomer finds the form: the link under the sign-in form. */
    public static IntakePage openFromLogin(BrowserTestBase test) {
        test.driver().get(test.url("/login"));
        test.click(test.waitFor(org.openqa.selenium.By.id("login-intake")));
        test.waitFor(org.openqa.selenium.By.id("intake"));
        return new IntakePage(test);
    }

    public IntakePage name(String text) {
        return type("#intake-name input", text);
    }

    public IntakePage preferredName(String text) {
        return type("#intake-preferred-name input", text);
    }

    public IntakePage email(String text) {
        return type("#intake-email input", text);
    }

    public IntakePage reason(String text) {
        return type("#intake-reason textarea", text);
    }

    /** Ticks the checkbox of a group by its position (patterns: 0 caretaking, 1 self-sufficiency, 2 intensity). */
    public IntakePage tick(String groupId, int index) {
        List<WebElement> boxes = test.waitFor(By.id(groupId)).findElements(By.tagName("vaadin-checkbox"));
        test.click(boxes.get(index).findElement(By.tagName("input")));
        return this;
    }

    public IntakePage consent() {
        // The native input is drawn by the component (and so not "visible"); the component takes the click.
        WebElement input = test.waitUpTo(30).until(d -> d.findElement(By.cssSelector("#intake-consent input")));
        test.click(input);
        test.waitUpTo(30).until(d -> input.isSelected());
        return this;
    }

    public void submit() {
        test.click(test.waitFor(By.id("intake-submit")));
    }

    /** Two clicks as fast as the browser delivers them. */
    public void doubleClickSubmit() {
        WebElement button = test.waitFor(By.id("intake-submit"));
        ((JavascriptExecutor) test.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        new org.openqa.selenium.interactions.Actions(test.driver()).doubleClick(button).perform();
    }

    public String thanks() {
        return test.waitFor(By.id("intake-thanks")).getText();
    }

    /** Waits for an error message under a field and returns it. */
    public String errorOf(String fieldId) {
        WebElement field = test.waitFor(By.id(fieldId));
        test.waitUpTo(30).until(d -> field.getAttribute("invalid") != null
                && !String.valueOf(field.getDomProperty("errorMessage")).isBlank());
        return field.getDomProperty("errorMessage");
    }

    private IntakePage type(String css, String text) {
        WebElement input = test.waitFor(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
