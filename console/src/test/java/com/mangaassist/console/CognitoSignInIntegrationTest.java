package com.mangaassist.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mangaassist.console.signin.adapter.in.web.LocalSignInController;
import com.mangaassist.metrics.cloudwatch.CapturingCloudWatchClient;
import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * The console as it runs in AWS: Cognito's hosted sign-in, and no local sign-in page (nothing mints tokens there).
 * Nothing is called at start-up, so no Cognito is needed to check it; the CloudWatch registry of the aws profile
 * is there, with a client that keeps what it is sent.
 */
@SpringBootTest(
        properties = {
            "spring.profiles.active=aws",
            "AWS_REGION=ap-northeast-1",
            "COGNITO_DOMAIN=https://mangaassist.auth.ap-northeast-1.amazoncognito.com",
            "COGNITO_ISSUER=https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_TEST",
            "CONSOLE_COGNITO_CLIENT_ID=console-client",
            "CONSOLE_COGNITO_CLIENT_SECRET=not-a-secret",
            "CHAT_WEBSOCKET_URL=wss://chat.example.test/prod",
            "ORCHESTRATOR_URL=http://orchestrator.internal",
            "REVIEW_QUEUE_URL=http://reviews.internal",
            "FEEDBACK_URL=http://feedback.internal",
            "THRESHOLD_URL=http://thresholds.internal",
            "DELIVERY_WATCHDOG_URL=http://deliveries.internal",
            // set by the CDK app for every task (MangaAssistStack.environment)
            "AWS_REGION=ap-northeast-1",
            "MANGAASSIST_RESOURCE_PREFIX=mangaassist"
        })
@AutoConfigureMockMvc
class CognitoSignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void thereIsNoLocalSignInAndEveryPageSendsPeopleToCognito() throws Exception {
        assertThat(context.getBeanNamesForType(LocalSignInController.class)).isEmpty();

        mvc.perform(get("/sign-in")).andExpect(redirectedUrl("/oauth2/authorization/cognito"));
        mvc.perform(get("/reviewer")).andExpect(redirectedUrl("/oauth2/authorization/cognito"));
        mvc.perform(get("/console/api/reviews/api/reviews")).andExpect(status().isUnauthorized());
    }

    @Test
    void theCognitoSignInStartsAtTheUserPoolsHostedUi() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/cognito"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location)
                .startsWith("https://mangaassist.auth.ap-northeast-1.amazoncognito.com/oauth2/authorize?")
                .contains("client_id=console-client", "response_type=code", "scope=openid");
    }

    @Test
    void theSessionCookieIsSecureAndTheChatGatewayIsAllowedByThePolicy() throws Exception {
        String policy =
                mvc.perform(get("/css/console.css")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("connect-src 'self' wss://chat.example.test");
        assertThat(context.getEnvironment().getProperty("server.servlet.session.cookie.secure"))
                .isEqualTo("true");
    }

    @Test
    void theAwsProfilePublishesEveryMeterToCloudWatch() {
        assertThat(context.getBean(MeterRegistry.class)).isInstanceOf(CloudWatchMeterRegistry.class);
        assertThat(context.getBean(CloudWatchConfig.class).namespace()).isEqualTo("MangaAssist");
    }

    /** Nothing leaves the machine: PutMetricData (at a step boundary or when the context closes) is only kept. */
    @TestConfiguration
    static class NoCloudWatch {
        @Bean
        CloudWatchAsyncClient cloudWatchAsyncClient() {
            return new CapturingCloudWatchClient();
        }
    }
}
