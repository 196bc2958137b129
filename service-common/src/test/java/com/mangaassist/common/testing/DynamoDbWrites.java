package com.mangaassist.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Counts the DynamoDB writes the service makes that succeed (PutItem, UpdateItem, DeleteItem, BatchWriteItem,
 * TransactWriteItems), per table, by wrapping the shared SDK HTTP client. A refused conditional write is not a
 * write. The REST fuzzers use it to show that a refused request wrote nothing: cheaper than counting items and
 * stricter, because an update in place counts too. Import it into the test context ({@code @Import}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class DynamoDbWrites {

    private static final Set<String> WRITES = Set.of(
            "DynamoDB_20120810.PutItem",
            "DynamoDB_20120810.UpdateItem",
            "DynamoDB_20120810.DeleteItem",
            "DynamoDB_20120810.BatchWriteItem",
            "DynamoDB_20120810.TransactWriteItems");
    private static final Pattern TABLE = Pattern.compile("\"TableName\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BATCH_TABLE =
            Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[\\s*\\{\\s*\"(?:Put|Delete)Request\"");

    private final Map<String, AtomicLong> byTable = new ConcurrentHashMap<>();

    /** Successful writes so far to the table with this physical name (prefix included). */
    public long to(String table) {
        AtomicLong count = byTable.get(table);
        return count == null ? 0 : count.get();
    }

    @Bean
    static BeanPostProcessor countingDynamoDbWrites(
            org.springframework.beans.factory.ObjectProvider<DynamoDbWrites> writes) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SdkHttpClient client && !(bean instanceof Counting)) {
                    return new Counting(client, writes);
                }
                return bean;
            }
        };
    }

    void record(String body) {
        Matcher table = TABLE.matcher(body);
        boolean any = false;
        while (table.find()) {
            byTable.computeIfAbsent(table.group(1), t -> new AtomicLong()).incrementAndGet();
            any = true;
        }
        if (!any) {
            Matcher batch = BATCH_TABLE.matcher(body);
            while (batch.find()) {
                byTable.computeIfAbsent(batch.group(1), t -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    private static final class Counting implements SdkHttpClient {
        private final SdkHttpClient delegate;
        private final org.springframework.beans.factory.ObjectProvider<DynamoDbWrites> writes;

        Counting(SdkHttpClient delegate, org.springframework.beans.factory.ObjectProvider<DynamoDbWrites> writes) {
            this.delegate = delegate;
            this.writes = writes;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            ExecutableHttpRequest call = delegate.prepareRequest(request);
            String target =
                    request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            if (!WRITES.contains(target) || request.contentStreamProvider().isEmpty()) {
                return call;
            }
            String body;
            try (InputStream in = request.contentStreamProvider().get().newStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    HttpExecuteResponse response = call.call();
                    if (response.httpResponse().isSuccessful()) {
                        writes.getObject().record(body);
                    }
                    return response;
                }

                @Override
                public void abort() {
                    call.abort();
                }
            };
        }

        @Override
        public String clientName() {
            return delegate.clientName();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
