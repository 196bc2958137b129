package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The on-call dashboard and the ML lead view in a real browser: the queue depth rises live (short polling, no page
 * reload) while refund questions arrive, a runbook is dry-run first and only then confirmed, its run shows in the audit
 * trail, and an ML lead sees the calibration chart. Other tests share the suite, so the queue is judged by its rise.
 */
class OncallDashboardBrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(30);

    private static RunningSuite suite;
    private static URI console;

    @BeforeAll
    static void startSuite() {
        suite = SuiteFixture.suite();
        console = suite.service(ServiceModule.CONSOLE);
    }

    @Test
    void theQueueDepthRisesLiveWhileRefundQuestionsArrive() {
        List<CustomerSocket> customers = new ArrayList<>();
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("oncall-dash-" + UUID.randomUUID(), "oncall");
            browser.go("/oncall");
            browser.waitFor(By.id("queue-depth-chart"));
            await().atMost(LIVE).until(() -> number(browser, "queue-depth-P1") >= 0);
            int before = number(browser, "queue-depth-P1");
            int totalBefore = number(browser, "queue-depth-total");
            script(browser, "window.oncallNotReloaded = true;");

            for (int i = 0; i < 5; i++) {
                CustomerSocket customer = CustomerSocket.connect(
                        suite.stack().gatewayWebSocket(),
                        Tokens.mint(
                                suite.stack().issuer(),
                                "oncall-dash-customer-" + UUID.randomUUID(),
                                List.of("customer")));
                customers.add(customer);
                customer.ask("q-" + i, "I want a refund for my order, the book arrived damaged.", "en");
            }

            await().atMost(LIVE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(number(browser, "queue-depth-P1")).isGreaterThan(before);
                assertThat(number(browser, "queue-depth-total")).isGreaterThan(totalBefore);
            });
            assertThat(script(browser, "return window.oncallNotReloaded === true;"))
                    .as("the dashboard updated without reloading the page")
                    .isEqualTo(true);
            assertThat(browser.driver().findElements(By.cssSelector("#queue-depth-chart canvas")))
                    .isNotEmpty();
            assertThat(browser.driver().findElement(By.id("active-reviewers")).getText())
                    .matches("\\d+");
            // the routing and delivery panels draw from the services' own statistics, not "not available yet"
            browser.waitFor(By.cssSelector("#routing-escalation-chart canvas"), LIVE);
            assertThat(browser.driver()
                            .findElement(By.id("routing-unavailable"))
                            .isDisplayed())
                    .isFalse();
            browser.waitFor(By.cssSelector("#deliveries-chart canvas"), LIVE);
            assertThat(browser.driver().findElement(By.id("watchdog-heartbeat")).getText())
                    .isNotBlank()
                    .doesNotContain("not available");
            browser.screenshot("oncall-dashboard");
        } finally {
            customers.forEach(CustomerSocket::close);
        }
    }

    @Test
    void aRunbookIsConfirmedOnlyAfterADryRunWithTheSameParametersAndShowsInTheAuditTrail() {
        String reason = "browser test " + UUID.randomUUID();
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("oncall-runbook-" + UUID.randomUUID(), "oncall");
            browser.go("/oncall");
            new Select(browser.waitFor(By.id("runbook-select"))).selectByValue("reviews-page-backup-reviewers");
            WebElement message = browser.waitFor(By.id("runbook-param-message"));
            message.sendKeys("Queue is growing: please check in.");
            WebElement confirm = browser.driver().findElement(By.id("runbook-confirm"));
            WebElement dryRun = browser.driver().findElement(By.id("runbook-dry-run"));
            assertThat(confirm.isEnabled()).as("confirm before any dry run").isFalse();

            dryRun.click();
            browser.waitForText(By.id("runbook-error"), "reason", Duration.ofSeconds(5));
            assertThat(confirm.isEnabled()).as("confirm without a reason").isFalse();

            browser.driver().findElement(By.id("runbook-reason")).sendKeys(reason);
            assertThat(confirm.isEnabled())
                    .as("confirm before a dry run with a reason")
                    .isFalse();
            dryRun.click();
            browser.waitForText(By.id("runbook-outcome"), "Nothing was changed", Duration.ofSeconds(15));
            assertThat(browser.driver().findElement(By.id("runbook-result")).getText())
                    .contains("dryRun")
                    .contains("page-backup-reviewers");
            await().atMost(Duration.ofSeconds(5)).until(confirm::isEnabled);

            message.sendKeys(" Now.");
            assertThat(confirm.isEnabled())
                    .as("confirm after the parameters changed")
                    .isFalse();
            dryRun.click();
            await().atMost(Duration.ofSeconds(15)).until(confirm::isEnabled);

            new Actions(browser.driver()).doubleClick(confirm).perform();
            browser.waitForText(By.id("runbook-outcome"), "Done", Duration.ofSeconds(15));
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#runbook-result dd[data-field=changed]"))
                            .getText())
                    .isEqualTo("1");
            assertThat(confirm.isEnabled())
                    .as("a new real run needs a new dry run")
                    .isFalse();

            browser.waitForText(By.id("audit-trail"), reason, LIVE);
            await().atMost(LIVE).until(() -> auditEntries(browser, reason, false) == 1);
            assertThat(auditEntries(browser, reason, true))
                    .as("the two dry runs")
                    .isEqualTo(2);
            browser.waitForText(By.id("pages-list"), "Backup reviewers needed", LIVE);
            browser.screenshot("oncall-runbook");
        }
    }

    @Test
    void anMlLeadSeesTheCalibrationChart() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(console)) {
            browser.signIn("ml-lead-" + UUID.randomUUID(), "ml-lead");
            browser.go("/ml");
            browser.waitFor(By.cssSelector("#calibration-chart canvas"), Duration.ofSeconds(20));
            browser.waitFor(By.id("calibration-refund"));
            assertThat(browser.waitFor(By.id("calibration-reliability")).getText())
                    .contains("no review outcomes yet"); // the suite never refits calibration
            browser.waitFor(By.cssSelector("#quality-state"));
            browser.screenshot("ml-lead");

            browser.driver().findElement(By.id("propose-autoRespondMin")).sendKeys("0.9");
            browser.driver().findElement(By.id("propose-reason")).sendKeys("browser test: fewer wrong auto-answers");
            assertThat(browser.driver().findElement(By.id("propose-submit")).isEnabled())
                    .as("propose before a simulation")
                    .isFalse();
            browser.driver().findElement(By.id("propose-simulate")).click();
            browser.waitFor(By.cssSelector("#propose-impact-shares canvas"), Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> browser.driver()
                            .findElement(By.id("propose-submit"))
                            .isEnabled());

            browser.driver().findElement(By.id("propose-submit")).click();
            String proposed = browser.waitFor(By.id("propose-done")).getText();
            Matcher id = Pattern.compile("Proposed as (\\S+)\\.").matcher(proposed);
            assertThat(id.find()).as(proposed).isTrue();
            String changeRequestId = id.group(1);
            try {
                browser.waitFor(By.id("approve-" + changeRequestId)).click();
                browser.waitForText(
                        By.id("decision-" + changeRequestId), "PROPOSER_CANNOT_APPROVE", Duration.ofSeconds(15));
            } finally {
                StaffClient otherLead = new StaffClient(
                        suite.service(ServiceModule.THRESHOLD),
                        Tokens.mint(suite.stack().issuer(), "ml-lead-" + UUID.randomUUID(), List.of("ml-lead")));
                StaffClient.Reply rejected = otherLead.post(
                        "/api/change-requests/" + changeRequestId + "/reject", Map.of("note", "browser test clean-up"));
                assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
            }
        }
    }

    private static Object script(ConsoleBrowser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** How many audit trail lines carry {@code reason}, dry runs or real runs. */
    private static long auditEntries(ConsoleBrowser browser, String reason, boolean dryRuns) {
        // counted in the page in one go: the trail is redrawn while it polls
        Object count = script(
                browser,
                "return Array.from(document.querySelectorAll('#audit-trail li.oncall-audit-entry'))"
                        + ".filter(li => li.textContent.includes(arguments[0])"
                        + " && li.classList.contains('oncall-dry') === arguments[1]).length;",
                reason,
                dryRuns);
        return ((Number) count).longValue();
    }

    /** The integer an element shows, or -1 while it shows none. */
    private static int number(ConsoleBrowser browser, String id) {
        String text = browser.driver().findElement(By.id(id)).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }
}
