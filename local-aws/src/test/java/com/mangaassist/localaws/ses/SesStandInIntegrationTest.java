package com.mangaassist.localaws.ses;

import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

class SesStandInIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private SesStandIn ses;
    private SesV2Client client;

    @BeforeEach
    void start() throws Exception {
        ses = new SesStandIn();
        ses.start();
        client = sdkClient(SesV2Client.builder(), ses.endpoint());
    }

    @AfterEach
    void stop() {
        client.close();
        ses.close();
    }

    @Test
    void sentEmailAppearsInTheOutbox() throws Exception {
        SendEmailResponse response = client.sendEmail(request -> request.fromEmailAddress("alerts@mangaassist.example")
                .destination(d -> d.toAddresses("oncall@mangaassist.example").ccAddresses("lead@mangaassist.example"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("P1 review SLA breached"))
                        .body(b -> b.text(t -> t.data("Task t-1 is 5 minutes late"))
                                .html(h -> h.data("<p>Task <b>t-1</b> is late</p>"))))));

        JsonNode outbox = JSON.readTree(get("/local/outbox").body());

        assertThat(outbox).hasSize(1);
        JsonNode mail = outbox.get(0);
        assertThat(mail.path("id").asText()).isEqualTo(response.messageId());
        assertThat(mail.path("from").asText()).isEqualTo("alerts@mangaassist.example");
        assertThat(mail.path("to").get(0).asText()).isEqualTo("oncall@mangaassist.example");
        assertThat(mail.path("cc").get(0).asText()).isEqualTo("lead@mangaassist.example");
        assertThat(mail.path("bcc")).isEmpty();
        assertThat(mail.path("subject").asText()).isEqualTo("P1 review SLA breached");
        assertThat(mail.path("text").asText()).isEqualTo("Task t-1 is 5 minutes late");
        assertThat(mail.path("html").asText()).isEqualTo("<p>Task <b>t-1</b> is late</p>");
        assertThat(mail.path("receivedAt").asText()).isNotBlank();
        assertThat(ses.outbox()).extracting(SentEmail::id).containsExactly(response.messageId());
    }

    @Test
    void outboxFiltersByRecipientAndKeepsTheNewestLast() throws Exception {
        send("a@mangaassist.example", "first");
        send("b@mangaassist.example", "second");
        send("a@mangaassist.example", "third");

        JsonNode forA = JSON.readTree(
                get("/local/outbox?to=" + URLEncoder.encode("A@mangaassist.example", StandardCharsets.UTF_8))
                        .body());

        assertThat(forA).extracting(mail -> mail.path("subject").asText()).containsExactly("first", "third");
        assertThat(JSON.readTree(get("/local/outbox").body())).hasSize(3);
    }

    @Test
    void emailWithoutRecipientsRaisesBadRequestException() {
        assertThatThrownBy(() -> client.sendEmail(request -> request.fromEmailAddress("alerts@mangaassist.example")
                        .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("y")))))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Destination");
        assertThat(ses.outbox()).isEmpty();
    }

    @Test
    void emailWithoutSenderRaisesBadRequestException() {
        assertThatThrownBy(() -> client.sendEmail(request -> request.destination(
                                d -> d.toAddresses("a@mangaassist.example"))
                        .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("y")))))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("FromEmailAddress");
    }

    @Test
    void emailWithoutContentRaisesBadRequestException() {
        assertThatThrownBy(() -> client.sendEmail(request -> request.fromEmailAddress("alerts@mangaassist.example")
                        .destination(d -> d.toAddresses("a@mangaassist.example"))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void rawEmailTakesSubjectAndRecipientsFromItsHeaders() {
        String raw = "From: Alerts <alerts@mangaassist.example>\r\n"
                + "To: oncall@mangaassist.example\r\n"
                + "Subject: =?UTF-8?B?5Zyo5bqr44Ki44Op44O844OI?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "body text\r\n";

        client.sendEmail(request -> request.content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(raw)))));

        SentEmail mail = ses.outbox().get(0);
        assertThat(mail.from()).isEqualTo("alerts@mangaassist.example");
        assertThat(mail.to()).containsExactly("oncall@mangaassist.example");
        assertThat(mail.subject()).isEqualTo("在庫アラート");
        assertThat(mail.text()).isEqualTo("body text\n");
    }

    @Test
    void outboxPageEscapesMailContent() throws Exception {
        send("a@mangaassist.example", "<script>alert('x')</script>");

        HttpResponse<String> page = get("/local/outbox.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void deletingTheOutboxEmptiesIt() throws Exception {
        send("a@mangaassist.example", "first");

        HttpResponse<String> deleted = http.send(
                HttpRequest.newBuilder(ses.endpoint().resolve("/local/outbox"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(get("/local/outbox").body())).isEmpty();
    }

    private void send(String to, String subject) {
        client.sendEmail(request -> request.fromEmailAddress("alerts@mangaassist.example")
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject)).body(b -> b.text(t -> t.data("body"))))));
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ses.endpoint() + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
