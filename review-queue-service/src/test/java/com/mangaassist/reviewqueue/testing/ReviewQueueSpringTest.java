package com.mangaassist.reviewqueue.testing;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.QueueDefinition;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The service on the local stack, with HTTP helpers that send real tokens and return raw bodies. */
public abstract class ReviewQueueSpringTest extends LocalStackSpringTest {

    public static final Instant START = Desk.START;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected SqsClient sqs;

    @Autowired
    protected ResourceNaming names;

    protected HttpResponse<String> get(String path, String subject, String... roles) {
        return send("GET", path, null, Map.of(), subject, roles);
    }

    protected HttpResponse<String> post(String path, String body, String subject, String... roles) {
        return send("POST", path, body, Map.of(), subject, roles);
    }

    protected HttpResponse<String> send(
            String method, String path, String body, Map<String, String> headers, String subject, String... roles) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (subject != null) {
            request.header("Authorization", "Bearer " + LocalAws.token(subject, roles));
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected void sendToQueue(QueueDefinition queue, String body) {
        String url = sqs.getQueueUrl(b -> b.queueName(names.queue(queue))).queueUrl();
        sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
    }
}
