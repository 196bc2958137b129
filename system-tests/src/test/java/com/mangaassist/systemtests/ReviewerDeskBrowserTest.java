package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer desk, the agent desk and the chat page, the way people use them, in real browsers against the running
 * suite: a customer asks a refund question on the chat page (always reviewed), a reviewer checks in, takes the next
 * task, edits the draft and sends it, and the customer's page shows the edited answer; a double click on Approve is
 * one decision; a decision after the workflow timed out (30 s in the suite; the page keeps renewing the 3 s lease
 * meanwhile) is told plainly; a rejected answer reaches the agent desk, where an agent takes and closes it; a senior
 * reviewer claims a senior-pool task; the chat page reconnects when its socket closes.
 *
 * <p>Other tests share the suite, so every question carries a unique order number and the reviewer takes the task of
 * that turn's message id (another test's task is skipped, i.e. released, and "Next task" asked again).
 *
 * <p>The turn whose workflow must time out is asked, and its task taken on a desk of its own, before any test runs,
 * so that its 30 s timeout runs out while the other tests do; {@link #aDecisionAfterTheWorkflowTimedOutIsToldPlainly}
 * then waits for the timeout and checks the desk as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewerDeskBrowserTest {

    /** The tests whose turn was asked up front wait for its timeout last: the others run while it runs out. */
    private static final int AFTER_THE_OTHERS = Order.DEFAULT + 1;

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration TAKE = Duration.ofSeconds(75);

    private static RunningSuite suite;
    private static URI console;

    /** The turn left to time out with its task open on {@link #lateDesk} (the page keeps renewing the lease). */
    private static CustomerSocket lateCustomer;

    private static String lateMessageId;
    private static ConsoleBrowser lateDesk;
    private static String lateTaskId;

    @BeforeAll
    static void startSuite() {
        suite = SuiteFixture.suite();
        console = suite.service(ServiceModule.CONSOLE);

        lateCustomer = customer();
        lateMessageId = askForReview(lateCustomer, order());
        lateDesk = ConsoleBrowser.open(console);
        signInAndCheckIn(lateDesk, "desk-late-" + UUID.randomUUID());
        lateTaskId = takeTaskOf(lateDesk, lateMessageId);
    }

    @AfterAll
    static void closeLateTurn() {
        if (lateDesk != null) {
            lateDesk.close();
        }
        if (lateCustomer != null) {
            lateCustomer.close();
        }
    }

    @Test
    void aReviewerEditsTheDraftOnTheDeskAndTheCustomerSeesTheEditedAnswerOnTheChatPage() {
        String order = order();
        String question = "I want a refund for my order " + order + ", the book arrived damaged.";
        String edited = "Refund approved for order " + order + ": 1,320 yen goes back to your card within 5 days.";
        try (ConsoleBrowser customer = ConsoleBrowser.open(console);
                ConsoleBrowser reviewer = ConsoleBrowser.open(console)) {
            customer.signIn("desk-customer-" + UUID.randomUUID(), "customer");
            customer.go("/chat");
            customer.waitFor(By.cssSelector("#chat-status[data-state=open]"), DELIVERY);
            customer.waitFor(By.id("chat-input")).sendKeys(question);
            customer.driver().findElement(By.id("chat-send")).click();
            WebElement ack = customer.waitFor(
                    By.xpath("//li[contains(@class,'chat-turn')][.//p[contains(.,'" + order
                            + "')]]//*[@data-type='review_acknowledgment']"),
                    DELIVERY);
            String messageId = ack.getDomAttribute("data-message-id");
            assertThat(messageId).isNotBlank();

            String reviewerId = "desk-editor-" + UUID.randomUUID();
            signInAndCheckIn(reviewer, reviewerId);
            takeTaskOf(reviewer, messageId);
            assertThat(reviewer.driver().findElement(By.id("task-question")).getText())
                    .isEqualTo(question);
            assertThat(reviewer.driver().findElement(By.id("task-priority")).getText())
                    .isEqualTo("P1");
            assertThat(reviewer.driver().findElement(By.id("task-sla")).getText())
                    .matches("(\\d+:\\d\\d left|Overdue by \\d+:\\d\\d)");
            WebElement draft = reviewer.driver().findElement(By.id("task-draft"));
            assertThat(draft.getDomProperty("value")).isNotBlank();

            // "e" puts the cursor in the draft; Ctrl+Enter sends the edit
            new Actions(reviewer.driver()).sendKeys("e").perform();
            assertThat(reviewer.driver().switchTo().activeElement().getDomAttribute("id"))
                    .isEqualTo("task-draft");
            draft.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            draft.sendKeys(edited);
            reviewer.screenshot("reviewer-desk-task");
            draft.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            reviewer.waitFor(By.cssSelector("#decision-result[data-decision=EDIT]"));
            assertThat(reviewer.driver().findElement(By.id("review-problem")).isDisplayed())
                    .isFalse();
            WebElement reviewed = customer.waitFor(
                    By.cssSelector("[data-type=reviewed_response][data-message-id='" + messageId + "']"), DELIVERY);
            assertThat(reviewed.getText()).contains(edited);
            customer.screenshot("chat-reviewed-answer");
        }
    }

    @Test
    void aDoubleClickOnApproveIsOneDecisionAndOneAnswer() {
        String order = order();
        try (CustomerSocket customer = customer();
                ConsoleBrowser reviewer = ConsoleBrowser.open(console)) {
            String messageId = askForReview(customer, order);
            String reviewerId = "desk-double-" + UUID.randomUUID();
            signInAndCheckIn(reviewer, reviewerId);
            String taskId = takeTaskOf(reviewer, messageId);

            new Actions(reviewer.driver())
                    .doubleClick(reviewer.driver().findElement(By.id("approve")))
                    .perform();

            reviewer.waitFor(By.cssSelector("#decision-result[data-decision=APPROVE]"));
            reviewer.screenshot("reviewer-desk-double-click");
            // a second decision sent with another key would be refused (ALREADY_DECIDED) and shown
            assertThat(reviewer.driver().findElement(By.id("review-problem")).isDisplayed())
                    .isFalse();
            StaffClient staff = new StaffClient(
                    suite.service(ServiceModule.REVIEW_QUEUE),
                    Tokens.mint(suite.stack().issuer(), "desk-auditor-" + UUID.randomUUID(), List.of("reviewer")));
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                JsonNode task = staff.get("/api/reviews/" + taskId).body();
                assertThat(task.get("status").asString()).isEqualTo("APPROVED");
                assertThat(task.get("decision").asString()).isEqualTo("APPROVE");
                assertThat(task.get("decidedBy").asString()).isEqualTo(reviewerId);
            });
            await().atMost(DELIVERY)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> customer.count(messageId, "reviewed_response") >= 1);
            // and nothing more arrives
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> customer.count(messageId, "reviewed_response") == 1);
        }
    }

    @Test
    @Order(AFTER_THE_OTHERS)
    void aDecisionAfterTheWorkflowTimedOutIsToldPlainly() {
        CustomerSocket customer = lateCustomer;
        ConsoleBrowser reviewer = lateDesk;
        String messageId = lateMessageId;
        String taskId = lateTaskId;
        // the reviewer keeps the task open (the page renews the 3 s lease) while the workflow runs out of time
        customer.await(
                        r -> messageId.equals(r.messageId()) && "delayed_response".equals(r.type()),
                        SuiteFixture.REVIEW_TIMEOUT.plus(DELIVERY))
                .orElseThrow(() -> new AssertionError("no delayed_response for " + messageId));
        reviewer.driver().findElement(By.id("approve")).click();

        WebElement problem =
                reviewer.waitFor(By.cssSelector("#review-problem[data-code=DECISION_TOO_LATE][data-action=decision]"));
        assertThat(problem.getDomAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).startsWith("Too late").contains("disclaimer");
        reviewer.screenshot("reviewer-desk-too-late");
        assertFitsATabletHeldUpright(reviewer);
        StaffClient staff = new StaffClient(
                suite.service(ServiceModule.REVIEW_QUEUE),
                Tokens.mint(suite.stack().issuer(), "desk-auditor-" + UUID.randomUUID(), List.of("reviewer")));
        JsonNode task = staff.get("/api/reviews/" + taskId).body();
        assertThat(task.get("status").asString()).isEqualTo("TIMED_OUT");
        // the page renewed the lease all along: it never lapsed back to the queue
        assertThat(task.get("reassignCount").asInt()).isZero();
        assertThat(customer.count(messageId, "reviewed_response")).isZero();
    }

    @Test
    void aRejectedAnswerIsHandedToStaffAndAnAgentTakesAndClosesItOnTheAgentDesk() {
        String order = order();
        try (ConsoleBrowser customer = ConsoleBrowser.open(console);
                ConsoleBrowser reviewer = ConsoleBrowser.open(console)) {
            // a customer whose page is in Japanese asks in English
            customer.signIn("desk-customer-" + UUID.randomUUID(), "customer");
            customer.go("/chat?lang=ja");
            customer.waitFor(By.cssSelector("#chat-status[data-state=open]"), DELIVERY);
            customer.driver().findElement(By.id("chat-lang-en")).click();
            assertThat(customer.driver().findElement(By.id("chat-lang-en")).getDomAttribute("aria-pressed"))
                    .isEqualTo("true");
            customer.waitFor(By.id("chat-input"))
                    .sendKeys("I want a refund for my order " + order + ", the book arrived damaged.");
            customer.driver().findElement(By.id("chat-send")).click();
            String messageId = customer.waitFor(
                            By.xpath("//li[contains(@class,'chat-turn')][.//p[contains(.,'" + order
                                    + "')]]//*[@data-type='review_acknowledgment']"),
                            DELIVERY)
                    .getDomAttribute("data-message-id");

            String reviewerId = "desk-agent-" + UUID.randomUUID();
            signInAndCheckIn(reviewer, reviewerId);
            takeTaskOf(reviewer, messageId);
            new Actions(reviewer.driver()).sendKeys("r").perform();
            reviewer.waitFor(By.cssSelector("#decision-result[data-decision=REJECT]"));

            WebElement handoff = customer.waitFor(
                    By.cssSelector("[data-type=handoff][data-message-id='" + messageId + "']"), DELIVERY);
            assertThat(handoff.getText()).contains("担当スタッフ");
            customer.screenshot("chat-handoff-ja");

            String handoffId = "ho-" + messageId;
            reviewer.go("/agent");
            WebElement claim = reviewer.waitFor(
                    By.cssSelector("#handoffs-pending li[data-task-id='" + handoffId + "'] button.agent-claim"),
                    DELIVERY);
            assertThat(reviewer.driver()
                            .findElement(By.cssSelector("#handoffs-pending li[data-task-id='" + handoffId + "']"))
                            .getText())
                    .contains(order);
            claim.click();
            reviewer.waitFor(By.cssSelector("#handoffs-claimed li[data-task-id='" + handoffId + "']"));
            reviewer.waitFor(By.id("notes-" + handoffId)).sendKeys("Called the customer; refund booked.");
            reviewer.screenshot("agent-desk");
            assertFitsATabletHeldUpright(reviewer);
            reviewer.driver()
                    .findElement(By.cssSelector("#handoffs-claimed li[data-task-id='" + handoffId + "'] .agent-close"))
                    .click();
            new WebDriverWait(reviewer.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.invisibilityOfElementLocated(
                            By.cssSelector("li[data-task-id='" + handoffId + "']")));
            StaffClient staff = new StaffClient(
                    suite.service(ServiceModule.REVIEW_QUEUE),
                    Tokens.mint(suite.stack().issuer(), "desk-auditor-" + UUID.randomUUID(), List.of("reviewer")));
            assertThat(reviewer.waitFor(By.id("agent-result")).getText()).contains(handoffId);
            assertThat(staff.get("/api/handoffs?status=PENDING&limit=100").raw())
                    .doesNotContain(handoffId);
            assertThat(staff.get("/api/handoffs?status=CLAIMED&limit=100").raw())
                    .doesNotContain(handoffId);
        }
    }

    @Test
    void aSeniorReviewerClaimsATaskFromTheSeniorPoolOnTheDesk() {
        String order = order();
        try (CustomerSocket customer = customer();
                ConsoleBrowser senior = ConsoleBrowser.open(console)) {
            String seniorId = "desk-senior-" + UUID.randomUUID();
            signInAndCheckIn(senior, seniorId, "senior-reviewer");
            senior.waitFor(By.id("senior-pool"));
            String messageId = askForReview(customer, order);

            // a reviewer's lease lapses three times (3 s each in the suite): the task goes to the senior pool
            StaffClient flaky = new StaffClient(
                    suite.service(ServiceModule.REVIEW_QUEUE),
                    Tokens.mint(suite.stack().issuer(), "desk-flaky-" + UUID.randomUUID(), List.of("reviewer")));
            assertThat(flaky.post("/api/reviewers/me/check-in", null).status()).isBetween(200, 299);
            String taskId = pendingTaskOf(flaky, messageId);
            for (int lapse = 0; lapse < 3; lapse++) {
                int expected = lapse;
                await().atMost(Duration.ofSeconds(15))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> flaky.get("/api/reviews/" + taskId)
                                        .body()
                                        .get("reassignCount")
                                        .asInt()
                                == expected);
                assertThat(flaky.post("/api/reviews/" + taskId + "/claim", null).status())
                        .isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> "SENIOR_PENDING"
                            .equals(flaky.get("/api/reviews/" + taskId)
                                    .body()
                                    .get("status")
                                    .asString()));

            senior.go("/reviewer");
            WebElement claim =
                    senior.waitFor(By.cssSelector("#senior-list li[data-task-id='" + taskId + "'] button"), DELIVERY);
            assertThat(senior.driver()
                            .findElement(By.cssSelector("#senior-list li[data-task-id='" + taskId + "']"))
                            .getText())
                    .contains(order);
            ((JavascriptExecutor) senior.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", claim);
            senior.screenshot("reviewer-desk-senior-pool");
            claim.click();
            senior.waitFor(By.cssSelector("#task[data-task-id='" + taskId + "']"));
            assertThat(senior.driver().findElement(By.id("task-senior-row")).isDisplayed())
                    .isTrue();
            senior.driver().findElement(By.id("approve")).click();
            senior.waitFor(By.cssSelector("#decision-result[data-decision=APPROVE]"));
            customer.await(r -> messageId.equals(r.messageId()) && "reviewed_response".equals(r.type()), DELIVERY)
                    .orElseThrow(() -> new AssertionError("no reviewed_response for " + messageId));
        }
    }

    @Test
    void theChatPageReconnectsWhenItsSocketClosesAndGoesOnAnswering() {
        try (ConsoleBrowser customer = ConsoleBrowser.open(console)) {
            // count the page's sockets (a script added to every document through the DevTools protocol, not the page)
            ((ChromeDriver) customer.driver())
                    .executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument",
                            Map.of(
                                    "source",
                                    "(() => { const Native = window.WebSocket; window.__sockets = [];"
                                            + " window.WebSocket = function (url, protocols) {"
                                            + " const s = protocols === undefined ? new Native(url)"
                                            + " : new Native(url, protocols); window.__sockets.push(s); return s; };"
                                            + " window.WebSocket.prototype = Native.prototype;"
                                            + " window.WebSocket.OPEN = Native.OPEN; })();"));
            customer.signIn("desk-customer-" + UUID.randomUUID(), "customer");
            customer.go("/chat");
            customer.waitFor(By.cssSelector("#chat-status[data-state=open]"), DELIVERY);
            JavascriptExecutor page = (JavascriptExecutor) customer.driver();
            assertThat(((Number) page.executeScript("return window.__sockets.length;")).intValue())
                    .isEqualTo(1);

            page.executeScript("window.__sockets[0].close();");

            new WebDriverWait(customer.driver(), DELIVERY)
                    .until(d -> ((Number) page.executeScript("return window.__sockets.length;")).intValue() == 2);
            customer.waitFor(By.cssSelector("#chat-status[data-state=open]"), DELIVERY);
            // an availability question is answered at once (no review task left behind for the other tests)
            customer.waitFor(By.id("chat-input")).sendKeys("Is Berserk in stock?", Keys.ENTER);
            WebElement answer = customer.waitFor(By.cssSelector("#chat-log [data-type=answer]"), DELIVERY);
            assertThat(answer.getDomAttribute("data-message-id")).isNotBlank();
            assertThat(customer.driver().getCurrentUrl()).doesNotContain("token");
        }
    }

    // --- helpers

    /** The id of the waiting task of {@code messageId}, found in the P1 queue view. */
    private static String pendingTaskOf(StaffClient reviewer, String messageId) {
        return await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            StaffClient.Reply view = reviewer.get("/api/reviews?status=PENDING&priority=P1&limit=100");
                            if (view.status() != 200) {
                                return null;
                            }
                            for (JsonNode task : view.body().get("tasks")) {
                                if (messageId.equals(task.get("messageId").asString())) {
                                    return task.get("taskId").asString();
                                }
                            }
                            return null;
                        },
                        java.util.Objects::nonNull);
    }

    /** A tablet held upright (800 px wide) needs no sideways scrolling, with a task or handoffs on screen. */
    private static void assertFitsATabletHeldUpright(ConsoleBrowser browser) {
        WebDriver driver = browser.driver();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(800, 1280));
        try {
            Object overflow = ((JavascriptExecutor) driver)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("sideways overflow of %s", driver.getCurrentUrl())
                    .isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String order() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static CustomerSocket customer() {
        return CustomerSocket.connect(
                suite.stack().gatewayWebSocket(),
                Tokens.mint(suite.stack().issuer(), "desk-customer-" + UUID.randomUUID(), List.of("customer")));
    }

    /** Asks a refund question (always reviewed, P1) and returns the turn's message id from the acknowledgement. */
    private static String askForReview(CustomerSocket customer, String order) {
        String clientMessageId = "c-" + order;
        customer.ask(clientMessageId, "I want a refund for my order " + order + ", the book arrived damaged.", "en");
        CustomerSocket.Received ack = customer.awaitReplyTo(clientMessageId, DELIVERY)
                .orElseThrow(() -> new AssertionError("no reply to " + clientMessageId));
        assertThat(ack.type()).isEqualTo("review_acknowledgment");
        return ack.messageId();
    }

    private static void signInAndCheckIn(ConsoleBrowser reviewer, String reviewerId) {
        signInAndCheckIn(reviewer, reviewerId, "reviewer");
    }

    private static void signInAndCheckIn(ConsoleBrowser reviewer, String reviewerId, String role) {
        reviewer.signIn(reviewerId, role);
        reviewer.go("/reviewer");
        reviewer.waitFor(By.cssSelector("#presence-status[data-state]"));
        WebElement checkIn = reviewer.driver().findElement(By.id("check-in"));
        if (checkIn.isEnabled()) {
            checkIn.click();
        }
        reviewer.waitFor(By.cssSelector("#presence-status[data-state=in]"));
    }

    /**
     * Clicks "Next task" until the desk shows the task of {@code messageId} (skipping, i.e. releasing, another test's
     * task), and returns its task id.
     */
    private static String takeTaskOf(ConsoleBrowser reviewer, String messageId) {
        await().atMost(TAKE).pollInterval(Duration.ofMillis(500)).until(() -> {
            String before = reviewer.driver().findElement(By.tagName("body")).getDomAttribute("data-next-round");
            reviewer.driver().findElement(By.id("next-task")).click();
            new WebDriverWait(reviewer.driver(), Duration.ofSeconds(10)).until(d -> {
                String round = d.findElement(By.tagName("body")).getDomAttribute("data-next-round");
                return round != null && !round.equals(before);
            });
            WebElement task = reviewer.driver().findElement(By.id("task"));
            if (!task.isDisplayed()) {
                return false;
            }
            if (messageId.equals(task.getDomAttribute("data-message-id"))) {
                return true;
            }
            reviewer.driver().findElement(By.id("release")).click();
            new WebDriverWait(reviewer.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("task")));
            return false;
        });
        return reviewer.driver().findElement(By.id("task")).getDomAttribute("data-task-id");
    }
}
