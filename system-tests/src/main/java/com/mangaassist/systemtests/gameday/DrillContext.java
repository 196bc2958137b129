package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.LocalClients;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a drill works with: the suite's endpoints, on-call's desk, the drill's log, its customers, staff tokens,
 * the stand-ins' switches and the suite's time scale.
 *
 * @param reviewTimeout the review workflow's timeout in the suite (300 s in production, 30 s in the system tests)
 * @param patience how long a drill waits for an alarm, a mitigation or the last answer before it gives up
 */
public final class DrillContext implements AutoCloseable {

    /** The suite's time scale. */
    public record Timings(Duration reviewTimeout, Duration patience) {}

    private final SuiteEndpoints suite;
    private final Timings timings;
    private final DrillLog log;
    private final DynamoDbClient dynamoDb;
    private final DrillCustomers customers;
    private final OncallDesk desk;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final HttpClient http = HttpClient.newHttpClient();

    public DrillContext(SuiteEndpoints suite, Timings timings, PrintStream out) {
        this.suite = suite;
        this.timings = timings;
        this.log = new DrillLog(out, Clock.systemUTC());
        this.dynamoDb = LocalClients.dynamoDb(suite.dynamoDb());
        this.customers = new DrillCustomers(suite, dynamoDb);
        this.desk = new OncallDesk(suite, token("gameday-oncall-" + run, "oncall"), log);
    }

    public SuiteEndpoints suite() {
        return suite;
    }

    public Timings timings() {
        return timings;
    }

    public DrillLog log() {
        return log;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public DrillCustomers customers() {
        return customers;
    }

    public OncallDesk desk() {
        return desk;
    }

    /** A short id of this drill run, for user and message ids. */
    public String run() {
        return run;
    }

    public String token(String subject, String... roles) {
        return Tokens.mint(suite.issuer(), subject, List.of(roles));
    }

    /** A client of {@code service} as {@code subject} with {@code roles}. */
    public StaffClient staff(String service, String subject, String... roles) {
        return new StaffClient(suite.service(service), token(subject, roles));
    }

    /**
     * The stand-in gateway refuses PostToConnection signed with these access keys (empty: everyone may post again),
     * as API Gateway refuses a task role without {@code execute-api:ManageConnections}.
     */
    public void denyPostToConnection(Set<String> accessKeys) {
        String query = URLEncoder.encode(String.join(",", accessKeys), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        suite.control().resolve("/local/gateway/deny-post?accessKeys=" + query))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("deny-post: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("deny-post failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        customers.close();
        dynamoDb.close();
    }
}
