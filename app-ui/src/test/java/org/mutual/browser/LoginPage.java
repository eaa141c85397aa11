package org.mutual.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The local login page. */
public final class LoginPage {

    private final BrowserTestBase test;

    LoginPage(BrowserTestBase test) {
        this.test = test;
    }

    /** Signs in and waits until the main layout shows the user's name. */
    public void signInAs(String username, String password) {
        test.driver().get(test.url("/login"));
        test.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        test.waitFor(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        test.waitFor(By.id("current-user"));
    }

    /** Tries to sign in and waits for the error message. */
    public boolean signInFails(String username, String password) {
        test.driver().get(test.url("/login"));
        test.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        test.waitFor(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        test.waitUpTo(30).until(ExpectedConditions.urlContains("error"));
        return test.driver().getCurrentUrl().contains("/login");
    }

    public void logOut() {
        test.waitFor(By.id("logout")).click();
        test.waitFor(By.cssSelector("#vaadinLoginUsername input"));
    }
}
