package com.mangaassist.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.TableDefinition;
import jakarta.servlet.Filter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of a service's REST fuzz tests (issue 14): jqwik properties against the service's real MVC stack and
 * security filter chain (MockMvc on the module's full test context, loaded through Spring's
 * {@link TestContextManager}, so it is cached and shared like any integration test's), with real tokens from the
 * local issuer. {@link #send} checks the invariants every request must keep, whatever it carries: never a 5xx,
 * every error a problem document with a {@code code}, and nothing written when the request is refused (the
 * subclass says what "written" means: successful DynamoDB writes to its tables, {@link #writesTo}, which needs
 * {@link DynamoDbWrites} imported into the context).
 *
 * <p>Tries: properties without an explicit {@code tries} use {@code jqwik.tries.default} (the module's
 * {@code junit-platform.properties} keeps it low for CI); {@code -Djqwik.tries.default=10000} runs the long
 * campaign. Every input that ever failed belongs in an {@code @Example} of the subclass (the regression corpus).
 */
public abstract class RestFuzzing extends LocalStackSpringTest {

    private static final Map<Class<?>, TestContextManager> CONTEXTS = new ConcurrentHashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected DynamoDbClient dynamoDb;

    @Autowired
    private DynamoDbWrites dynamoDbWrites;

    @Autowired
    protected ResourceNaming names;

    protected MockMvc mvc;

    private long lastWrites;

    @BeforeProperty
    void loadTheServiceContext() throws Exception {
        TestContextManager manager = CONTEXTS.computeIfAbsent(getClass(), TestContextManager::new);
        manager.prepareTestInstance(this);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        prepare();
        lastWrites = writes();
    }

    /** Stores what the properties need (idempotently: the context may be shared with other tests). */
    protected void prepare() {}

    @AfterContainer
    static void forgetContextManagers() {
        // the contexts themselves stay in Spring's cache, closed with the JVM like every other test's
        CONTEXTS.clear();
    }

    /** What this service has stored so far (item counts of the stores a request could write to). */
    protected abstract long writes();

    /** Successful DynamoDB writes so far to these tables of this context ({@link DynamoDbWrites}). */
    protected long writesTo(TableDefinition... tables) {
        long total = 0;
        for (TableDefinition table : tables) {
            total += dynamoDbWrites.to(names.table(table));
        }
        return total;
    }

    /** A bearer token for {@code subject} with {@code roles}, minted once per JVM. */
    protected static String token(String subject, String... roles) {
        return TOKENS.computeIfAbsent(subject + "|" + String.join(",", roles), key -> LocalAws.token(subject, roles));
    }

    /** A request with a JSON body and the caller's bearer token. */
    protected static MockHttpServletRequestBuilder request(
            HttpMethod method, String path, byte[] body, String subject, String... roles) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (subject != null) {
            request.header("Authorization", "Bearer " + token(subject, roles));
        }
        if (body != null) {
            request.contentType("application/json").content(body);
        }
        return request;
    }

    /**
     * Performs the request and checks the invariants: no 5xx; an error is a problem document with a
     * {@code code}; a refused request (4xx) wrote nothing. Returns the response for further checks.
     */
    protected MockHttpServletResponse send(MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError("the MVC stack threw instead of answering", e);
        }
        int status = response.getStatus();
        String body = body(response);
        String seen = body + (response.getErrorMessage() == null ? "" : " error: " + response.getErrorMessage());
        assertThat(status).as("status (body %s)", seen).isLessThan(500);
        if (status >= 400) {
            assertThat(codeOf(body))
                    .as("the error's code (%d, body %s)", status, seen)
                    .isNotBlank();
        }
        long now = writes();
        if (status >= 400) {
            assertThat(now)
                    .as("stored items after a refused request (%d, %s)", status, body)
                    .isEqualTo(lastWrites);
        }
        lastWrites = now;
        return response;
    }

    /** The {@code code} of a problem document, or empty when the body is not one. */
    protected static String codeOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode code = node == null ? null : node.get("code");
            return code == null || !code.isString() ? "" : code.asString();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    protected static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
