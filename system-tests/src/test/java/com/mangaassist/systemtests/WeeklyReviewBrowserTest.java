package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The weekly review as an ML lead opens it in a browser: this week's page (the suite's turns are this week's) with
 * its seven sections, the escalation plot drawn with a bar for the hour the test's turns were routed in, each
 * section saying whether its numbers are the week's or partly the current reading, and the JSON download.
 */
class WeeklyReviewBrowserTest {

    @Test
    void anMlLeadReadsThisWeeksReviewWithItsPlotsAndCoverage() {
        RunningSuite suite = SuiteFixture.suite();
        URI console = suite.service(ServiceModule.CONSOLE);
        // a few routed turns this hour, so the week has an hour to plot
        try (CustomerSocket customer = CustomerSocket.connect(
                suite.stack().gatewayWebSocket(),
                Tokens.mint(suite.stack().issuer(), "weekly-c-1", List.of("customer")))) {
            // three the assistant answers, two it sends to review: the hour's bar shows an escalation rate
            List<String> questions = List.of(
                    "Is One Piece in stock?",
                    "Is One Piece in stock?",
                    "Is One Piece in stock?",
                    "I want a refund for my order, the book arrived damaged.",
                    "I want a refund for my order, the book arrived damaged.");
            for (int i = 0; i < questions.size(); i++) {
                customer.ask("weekly-q" + i, questions.get(i), "en");
                assertThat(customer.awaitReplyTo("weekly-q" + i, Duration.ofSeconds(30)))
                        .isPresent();
            }
        }
        var today = Instant.now().atZone(ZoneId.of("Asia/Tokyo"));
        String week = String.format(
                "%04d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        int hour = today.getHour();

        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("ml-weekly-1", "ml-lead");
            assertThat(browser.waitFor(By.id("nav-weekly")).getText()).isEqualTo("Weekly review");
            // the turn statistics reach the routing counts every couple of seconds: reload until this hour shows
            WebElement bar = null;
            for (int attempt = 0; attempt < 15 && bar == null; attempt++) {
                browser.go("/weekly?week=" + week);
                browser.waitFor(By.id("weekly-escalation"));
                List<WebElement> bars = browser.driver()
                        .findElements(By.cssSelector("#weekly-escalation svg rect[data-hour='" + hour + "']"));
                bar = bars.isEmpty() ? null : bars.get(0);
                if (bar == null) {
                    LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
                }
            }
            assertThat(bar)
                    .as("a bar for %02d:00 JST in the escalation plot", hour)
                    .isNotNull();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(week);
            assertThat(browser.driver().findElements(By.cssSelector("main section.panel")))
                    .hasSize(7);
            // the week's numbers wherever a service keeps history; "mixed" where part is only a reading of now
            Map<String, String> coverage = Map.of(
                    "escalation", "week",
                    "approvedUnchanged", "week",
                    "calibration", "week",
                    "deliveries", "week",
                    "thresholds", "mixed",
                    "capacity", "mixed",
                    "feedback", "mixed");
            coverage.forEach((section, expected) -> assertThat(browser.driver()
                            .findElement(By.id("weekly-" + section))
                            .getAttribute("data-coverage"))
                    .as(section)
                    .isEqualTo(expected));
            assertThat(browser.driver().findElements(By.cssSelector("#weekly-capacity svg")))
                    .hasSize(1);
            assertThat(browser.driver().findElement(By.id("weekly-json")).getAttribute("href"))
                    .endsWith("/console/oncall/weekly-report?week=" + week);
            // an ML lead may not read the queue's live stats: the page says so instead of leaving blanks
            assertThat(browser.driver()
                            .findElement(By.id("weekly-capacity-now-unavailable"))
                            .getText())
                    .contains("403");
            assertThat(browser.driver().findElements(By.id("weekly-reviewers-now")))
                    .isEmpty();
            browser.screenshot("console-weekly-review");
            // the capacity plot: this hour's demand bar with the reviews decided and not reached drawn inside it
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'start'});",
                            browser.driver().findElement(By.id("weekly-capacity")));
            browser.screenshot("console-weekly-capacity");
        }
    }
}
