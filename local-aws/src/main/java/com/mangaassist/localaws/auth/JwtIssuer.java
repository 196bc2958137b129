package com.mangaassist.localaws.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.http.Exchanges;
import com.mangaassist.localaws.http.LoopbackHttpServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for the Cognito user pool: issues RS256 JWTs that services verify against its JWKS.
 *
 * <p>The issuer id ({@code iss}) is the base URL {@code http://127.0.0.1:<port>}. It serves {@code GET
 * /.well-known/jwks.json}, {@code GET /.well-known/openid-configuration} and {@code POST /local/token} with {@code
 * {"sub": "u-123", "roles": ["customer"], "ttlSeconds": 3600, "email": "...", "issuedSecondsAgo": 0}} (all but sub
 * and roles optional; {@code issuedSecondsAgo} back-dates the token, e.g. to test expiry) answering
 * {@code {"token": "<jwt>"}}; a bad request gets a 400 problem with code {@code INVALID_TOKEN_REQUEST}. Tokens carry
 * {@code iss, sub, roles, iat, exp, jti} and {@code email} when given; the key pair lives only as long as the issuer.
 */
public final class JwtIssuer implements StandIn {

    /** The roles the services know; a token request naming another is refused. */
    public static final List<String> KNOWN_ROLES =
            TokenRequest.KNOWN_ROLES.stream().sorted().toList();

    static final String INVALID_TOKEN_REQUEST = "INVALID_TOKEN_REQUEST";

    private static final Logger LOG = LoggerFactory.getLogger(JwtIssuer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 8 * 1024;
    private static final String JWKS_PATH = "/.well-known/jwks.json";
    private static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
    private static final String TOKEN_PATH = "/local/token";

    private final Clock clock;
    private final int port;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile LoopbackHttpServer server;
    private volatile RSAKey signingKey;
    private volatile RSASSASigner signer;
    private volatile URI endpoint;

    /** An issuer on the system clock. */
    public JwtIssuer() {
        this(Clock.systemUTC());
    }

    /** An issuer whose tokens' {@code iat} and {@code exp} come from {@code clock}. */
    public JwtIssuer(Clock clock) {
        this(clock, 0);
    }

    /**
     * An issuer on the system clock listening on {@code port} (0: a free one). A fixed port makes the issuer URL,
     * and so every token's {@code iss}, known before start, as {@code docker-compose.yml} needs.
     */
    public JwtIssuer(int port) {
        this(Clock.systemUTC(), port);
    }

    private JwtIssuer(Clock clock, int port) {
        this.clock = clock;
        this.port = port;
    }

    @Override
    public String name() {
        return "cognito";
    }

    @Override
    public void start() throws IOException, JOSEException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(name() + " already started");
        }
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        signer = new RSASSASigner(key);
        signingKey = key;

        server = LoopbackHttpServer.start("jwt-issuer-http", 2, this::handle, port);
        endpoint = server.endpoint();
        LOG.info("{} issuing as {} with key {}", name(), endpoint, key.getKeyID());
    }

    /** The base URL, which is also the issuer id. */
    @Override
    public URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException(name() + " not started");
        }
        return endpoint;
    }

    /** The {@code iss} claim of every token, for example {@code http://127.0.0.1:41234}. */
    public String issuer() {
        return endpoint().toString();
    }

    /** Where the public key set is served. */
    public URI jwksUri() {
        return URI.create(issuer() + JWKS_PATH);
    }

    /** The public half of the signing key, as served at {@link #jwksUri()}. */
    public JWKSet publicKeys() {
        return new JWKSet(requireKey().toPublicJWK());
    }

    /**
     * Mints a signed token for the subject with the given roles, valid for {@code ttl} (whole seconds, 1 s to 24 h).
     *
     * @throws IllegalArgumentException when the subject, a role or the ttl is out of bounds
     */
    public String mint(String sub, List<String> roles, Duration ttl) {
        return mint(new TokenRequest(sub, roles, ttl, Optional.empty(), Duration.ZERO));
    }

    /** As {@link #mint(String, List, Duration)}, with an {@code email} claim. */
    public String mint(String sub, List<String> roles, Duration ttl, String email) {
        return mint(new TokenRequest(sub, roles, ttl, Optional.ofNullable(email), Duration.ZERO));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || server == null) {
            return;
        }
        server.close();
        LOG.info("{} stopped", name());
    }

    String mint(TokenRequest request) {
        RSAKey key = requireKey();
        Instant issuedAt = clock.instant().minus(request.issuedAgo()).truncatedTo(ChronoUnit.SECONDS);
        String jti = UUID.randomUUID().toString();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(request.sub())
                .claim("roles", request.roles())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(request.ttl())))
                .jwtID(jti);
        request.email().ifPresent(email -> claims.claim("email", email));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with a freshly generated RSA key failed", e);
        }
        LOG.debug("minted token {} for {} with roles {}", jti, request.sub(), request.roles());
        return jwt.serialize();
    }

    private RSAKey requireKey() {
        RSAKey key = signingKey;
        if (key == null) {
            throw new IllegalStateException(name() + " not started");
        }
        return key;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(JWKS_PATH) && method.equals("GET")) {
                Exchanges.send(exchange, 200, "application/json", publicKeys().toString());
            } else if (path.equals(DISCOVERY_PATH) && method.equals("GET")) {
                Exchanges.send(exchange, 200, "application/json", discovery());
            } else if (path.equals(TOKEN_PATH) && method.equals("POST")) {
                token(exchange);
            } else {
                Exchanges.problem(exchange, 404, "Not Found", "No such resource: " + method + " " + path, "NOT_FOUND");
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Optional<byte[]> body = Exchanges.body(exchange, MAX_REQUEST_BYTES);
        if (body.isEmpty()) {
            invalid(exchange, "body must be at most " + MAX_REQUEST_BYTES + " bytes");
            return;
        }
        TokenRequest request;
        try {
            JsonNode json = JSON.readTree(body.get());
            request = TokenRequest.fromJson(json);
        } catch (IOException e) {
            invalid(exchange, "body is not valid JSON");
            return;
        } catch (TokenRequest.InvalidTokenRequest e) {
            invalid(exchange, e.getMessage());
            return;
        }
        ObjectNode response = JSON.createObjectNode().put("token", mint(request));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Exchanges.send(exchange, 200, "application/json", response.toString());
    }

    private static void invalid(HttpExchange exchange, String detail) throws IOException {
        Exchanges.problem(exchange, 400, "Invalid token request", detail, INVALID_TOKEN_REQUEST);
    }

    private String discovery() {
        ObjectNode discovery = JSON.createObjectNode()
                .put("issuer", issuer())
                .put("jwks_uri", jwksUri().toString())
                .put("token_endpoint", issuer() + TOKEN_PATH);
        discovery.putArray("id_token_signing_alg_values_supported").add("RS256");
        discovery.putArray("subject_types_supported").add("public");
        discovery.putArray("response_types_supported").add("token");
        discovery
                .putArray("claims_supported")
                .add("iss")
                .add("sub")
                .add("roles")
                .add("iat")
                .add("exp")
                .add("jti")
                .add("email");
        return discovery.toString();
    }
}
