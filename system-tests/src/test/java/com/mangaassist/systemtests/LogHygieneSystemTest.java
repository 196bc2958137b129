package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No secret in any service's log (issue 14): after every other system test has run (this class is ordered
 * last, see {@code junit-platform.properties}), and after a turn of its own by a customer whose token carries
 * an e-mail address, every line the services wrote during the run is scanned for bearer tokens (any JWT,
 * this test's own in particular), Step Functions task tokens (the stand-in's are 128 characters of base64url;
 * AWS's are longer), anything else that looks like a long opaque credential, and full e-mail addresses.
 * The stand-ins' own log ({@code local-aws.log}: the gateway, issuer and AWS look-alikes) is not ours and is
 * not scanned; a masked address such as {@code l***@example.com} is fine.
 */
@Order(Integer.MAX_VALUE)
class LogHygieneSystemTest {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]{16,}");
    private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9+/=_-]{100,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final RunningSuite suite = SuiteFixture.suite();

    @Test
    void noServiceLogsATokenOrAFullEmailAddress() throws Exception {
        LocalAwsEndpoints stack = suite.stack();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "hygiene-" + run + "@example.com";
        String customerToken = Tokens.mintWithEmail(stack.issuer(), "u-hygiene-" + run, List.of("customer"), email);
        CustomerSocket customer = CustomerSocket.connect(stack.gatewayWebSocket(), customerToken);
        try {
            customer.ask("hygiene-1", "Is One Piece volume 107 in stock?", "en");
            assertThat(customer.awaitReplyTo("hygiene-1", Duration.ofSeconds(20)))
                    .isPresent();
        } finally {
            customer.close();
        }
        String oncallToken = Tokens.mint(stack.issuer(), "oncall-hygiene-" + run, List.of("oncall"));
        StaffClient oncall = new StaffClient(suite.service(ServiceModule.REVIEW_QUEUE), oncallToken);
        assertThat(oncall.get("/api/reviews/stats").status()).isEqualTo(200);

        List<String> findings = new ArrayList<>();
        List<Path> logs = serviceLogs();
        assertThat(logs).as("service logs of this run").isNotEmpty();
        for (Path log : logs) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                for (Map.Entry<String, Pattern> rule : Map.of(
                                "JWT", JWT, "bearer token", BEARER, "opaque credential", OPAQUE, "e-mail", EMAIL)
                        .entrySet()) {
                    Matcher found = rule.getValue().matcher(line);
                    while (found.find()) {
                        findings.add(
                                log.getFileName() + ":" + (n + 1) + " " + rule.getKey() + " " + redact(found.group()));
                    }
                }
            }
        }
        assertThat(findings).as("secrets in the services' logs").isEmpty();
        assertThat(String.join(
                        "\n", logs.stream().map(LogHygieneSystemTest::read).toList()))
                .doesNotContain(customerToken)
                .doesNotContain(oncallToken)
                .doesNotContain(email);
    }

    private Path logDirectory() {
        return Path.of(System.getProperty("mangaassist.root", "..")).resolve("system-tests/target/suite-logs");
    }

    private List<Path> serviceLogs() throws IOException {
        try (Stream<Path> files = Files.list(logDirectory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .filter(f -> !f.getFileName().toString().startsWith("local-aws"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enough of a finding to find it again, never the whole secret in the test report. */
    private static String redact(String secret) {
        return secret.length() <= 8 ? "***" : secret.substring(0, 6) + "…(" + secret.length() + " chars)";
    }
}
