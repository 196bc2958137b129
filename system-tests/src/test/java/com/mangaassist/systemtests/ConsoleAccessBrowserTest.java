package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Who sees what in the console, in a real browser: the local sign-in page says it is local only, a customer lands on
 * the chat page and gets the forbidden page on every staff desk, labels switch to Japanese, the keyboard reaches the
 * content first, and a tablet held upright needs no sideways scrolling.
 */
class ConsoleAccessBrowserTest {

    private static URI console;

    @BeforeAll
    static void suite() {
        console = SuiteFixture.suite().service(ServiceModule.CONSOLE);
    }

    @Test
    void theSignInPageSaysItIsLocalOnlyAndACustomerCannotOpenAnyStaffPage() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.go("/reviewer");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
            assertThat(browser.waitFor(By.id("local-only")).getText()).contains("LOCAL STACK ONLY");
            browser.screenshot("console-sign-in");

            browser.signIn("c-access-1", "customer");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/chat");
            assertThat(navigationLinks(browser)).containsExactly("nav-chat");

            for (String staffPage : List.of("/reviewer", "/agent", "/oncall", "/ml")) {
                browser.go(staffPage);
                assertThat(browser.waitFor(By.id("forbidden")).getText()).isEqualTo("Not allowed");
            }
            browser.screenshot("console-customer-forbidden");
        }
    }

    @Test
    void labelsSwitchToJapaneseAndTheFirstTabReachesTheSkipLink() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("oc-access-1", "oncall", "ml-lead");
            assertThat(navigationLinks(browser)).containsExactly("nav-oncall", "nav-ml", "nav-weekly");

            browser.driver().findElement(By.cssSelector("a[lang=ja]")).click();
            browser.waitForText(By.id("nav-oncall"), "オンコール", Duration.ofSeconds(10));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("ja");
            browser.go("/ml");
            assertThat(browser.waitFor(By.id("nav-ml")).getText()).isEqualTo("ML リード");
            browser.screenshot("console-japanese");

            browser.go("/oncall");
            browser.waitFor(By.id("nav-oncall"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("href")).endsWith("#main");
            assertThat(focused.isDisplayed()).isTrue();

            browser.driver().findElement(By.cssSelector("a[lang=en]")).click();
            browser.waitForText(By.id("nav-oncall"), "On-call", Duration.ofSeconds(10));
        }
    }

    @Test
    void everyDeskFitsATabletHeldUprightWithoutSidewaysScrolling() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("all-desks-1", "reviewer", "oncall", "ml-lead", "customer");
            browser.driver().manage().window().setSize(new Dimension(800, 1280));
            for (String desk : List.of("/reviewer", "/agent", "/oncall", "/ml", "/weekly", "/chat")) {
                browser.go(desk);
                browser.waitFor(By.id("main"));
                Object overflow = ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue())
                        .as("sideways overflow of %s", desk)
                        .isLessThanOrEqualTo(0);
            }
            browser.go("/oncall");
            browser.waitFor(By.id("main"));
            browser.screenshot("console-tablet-oncall");
        }
    }

    private static List<String> navigationLinks(ConsoleBrowser browser) {
        return browser.driver().findElements(By.cssSelector("header nav a")).stream()
                .map(link -> link.getAttribute("id"))
                .toList();
    }
}
