package com.mangaassist.localaws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtIssuerIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static JwtIssuer issuer;

    @BeforeAll
    static void start() throws Exception {
        issuer = new JwtIssuer();
        issuer.start();
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void tokenFromTheEndpointVerifiesAgainstTheJwksFetchedOverHttp() throws Exception {
        HttpResponse<String> response = post(
                "{\"sub\":\"u-123\",\"roles\":[\"customer\"],\"ttlSeconds\":3600,\"email\":\"u-123@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        String token = JSON.readTree(response.body()).path("token").asText();
        JWTClaimsSet claims = processor(Duration.ofSeconds(60)).process(token, null);

        assertThat(claims.getIssuer()).isEqualTo(issuer.issuer());
        assertThat(claims.getSubject()).isEqualTo("u-123");
        assertThat(claims.getStringListClaim("roles")).containsExactly("customer");
        assertThat(claims.getStringClaim("email")).isEqualTo("u-123@example.com");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(SignedJWT.parse(token).getHeader().getKeyID())
                .isEqualTo(fetchedKeys().getKeys().get(0).getKeyID());
    }

    @Test
    void mintedTokenVerifiesAgainstTheJwksFetchedOverHttp() throws Exception {
        String token = issuer.mint("reviewer-7", List.of("reviewer", "senior-reviewer"), Duration.ofMinutes(5));

        JWTClaimsSet claims = processor(Duration.ofSeconds(60)).process(token, null);

        assertThat(claims.getStringListClaim("roles")).containsExactly("reviewer", "senior-reviewer");
        assertThat(claims.getClaim("email")).isNull();
    }

    @Test
    void expiryIsIssuedAtPlusTheTtl() throws Exception {
        String token = issuer.mint("u-1", List.of("customer"), Duration.ofSeconds(90));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(90_000);
    }

    @Test
    void ttlDefaultsToOneHour() throws Exception {
        String token = JSON.readTree(
                        post("{\"sub\":\"u-1\",\"roles\":[\"oncall\"]}").body())
                .path("token")
                .asText();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(3_600_000);
    }

    @Test
    void tokenIsRefusedOnceItsTtlHasPassed() {
        String token = issuer.mint("u-1", List.of("customer"), Duration.ofSeconds(1));
        DefaultJWTProcessor<SecurityContext> strict = processor(Duration.ZERO);

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThatThrownBy(() -> strict.process(token, null))
                        .isInstanceOf(BadJWTException.class)
                        .hasMessageContaining("Expired"));
    }

    @Test
    void aBackDatedTokenIsAlreadyExpired() throws Exception {
        String token = JSON.readTree(post("{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"ttlSeconds\":3600,"
                                + "\"issuedSecondsAgo\":7200}")
                        .body())
                .path("token")
                .asText();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getExpirationTime()).isBefore(new java.util.Date(System.currentTimeMillis() - 3_500_000));
        assertThatThrownBy(() -> processor(Duration.ofSeconds(60)).process(token, null))
                .isInstanceOf(BadJWTException.class)
                .hasMessageContaining("Expired");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"issuedSecondsAgo\":-1}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"issuedSecondsAgo\":172801}",
                "not json",
                "[]",
                "{\"roles\":[\"customer\"]}",
                "{\"sub\":\"\",\"roles\":[\"customer\"]}",
                "{\"sub\":\"has space\",\"roles\":[\"customer\"]}",
                "{\"sub\":\"u-1\",\"roles\":[]}",
                "{\"sub\":\"u-1\",\"roles\":\"customer\"}",
                "{\"sub\":\"u-1\",\"roles\":[\"admin\"]}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"ttlSeconds\":0}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"ttlSeconds\":86401}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"ttlSeconds\":\"3600\"}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"email\":\"nope\"}",
                "{\"sub\":\"u-1\",\"roles\":[\"customer\"],\"role\":\"oncall\"}"
            })
    void badTokenRequestGetsProblemWithItsCode(String body) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_TOKEN_REQUEST");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    @Test
    void subjectOf128CharactersIsAcceptedAnd129Refused() throws Exception {
        assertThat(post("{\"sub\":\"" + "a".repeat(128) + "\",\"roles\":[\"customer\"]}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("{\"sub\":\"" + "a".repeat(129) + "\",\"roles\":[\"customer\"]}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void bodyOver8KbIsRefused() throws Exception {
        String padded = "{\"sub\":\"u-1\",\"roles\":[\"customer\"]" + " ".repeat(8 * 1024) + "}";

        HttpResponse<String> response = post(padded);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("INVALID_TOKEN_REQUEST");
    }

    @Test
    void mintRefusesUnknownRoles() {
        assertThatThrownBy(() -> issuer.mint("u-1", List.of("root"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root");
    }

    @Test
    void jwksServesOnlyThePublicKey() throws Exception {
        JsonNode key =
                JSON.readTree(get("/.well-known/jwks.json").body()).path("keys").get(0);

        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.path("kid").asText()).isNotBlank();
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void discoveryDocumentNamesTheIssuerAndItsKeys() throws Exception {
        JsonNode discovery =
                JSON.readTree(get("/.well-known/openid-configuration").body());

        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer.issuer());
        assertThat(discovery.path("jwks_uri").asText())
                .isEqualTo(issuer.jwksUri().toString());
        assertThat(discovery
                        .path("id_token_signing_alg_values_supported")
                        .get(0)
                        .asText())
                .isEqualTo("RS256");
    }

    private static DefaultJWTProcessor<SecurityContext> processor(Duration clockSkew) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(issuer.jwksUri().toURL())
                    .retrying(false)
                    .build();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.issuer()).build(),
                Set.of("sub", "roles", "iat", "exp", "jti"));
        verifier.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
        return processor;
    }

    private static JWKSet fetchedKeys() throws Exception {
        return JWKSet.parse(get("/.well-known/jwks.json").body());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer.issuer() + "/local/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer.issuer() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
