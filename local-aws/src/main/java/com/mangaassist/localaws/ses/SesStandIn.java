package com.mangaassist.localaws.ses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.http.Exchanges;
import com.mangaassist.localaws.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for Amazon SES v2's {@code SendEmail}, as called by the unmodified AWS SDK {@code SesV2Client}. Nothing is
 * delivered: accepted mail goes to an in-memory outbox, readable at {@code GET /local/outbox} (JSON, optional {@code
 * ?to=} matching any recipient), {@code GET /local/outbox.html} and {@link #outbox()}, and emptied by {@code DELETE
 * /local/outbox}.
 */
public final class SesStandIn implements StandIn {

    private static final Logger LOG = LoggerFactory.getLogger(SesStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;
    private static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";
    private static final String OUTBOX_PATH = "/local/outbox";
    private static final String OUTBOX_PAGE_PATH = "/local/outbox.html";

    private final Clock clock;
    private final Outbox outbox = new Outbox();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile LoopbackHttpServer server;
    private volatile URI endpoint;

    /** An SES stand-in stamping mail with the system clock. */
    public SesStandIn() {
        this(Clock.systemUTC());
    }

    /** An SES stand-in stamping received mail with {@code clock}. */
    public SesStandIn(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ses";
    }

    @Override
    public void start() throws IOException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(name() + " already started");
        }
        server = LoopbackHttpServer.start("ses-http", 2, this::handle);
        endpoint = server.endpoint();
        LOG.info("{} listening on {}", name(), endpoint);
    }

    @Override
    public URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException(name() + " not started");
        }
        return endpoint;
    }

    /** Every accepted mail, oldest first. */
    public List<SentEmail> outbox() {
        return outbox.all();
    }

    /** Empties the outbox. */
    public void clearOutbox() {
        outbox.clear();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || server == null) {
            return;
        }
        server.close();
        LOG.info("{} stopped", name());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(SEND_EMAIL_PATH) && method.equals("POST")) {
                sendEmail(exchange);
            } else if ((path.equals(OUTBOX_PATH) || path.equals(OUTBOX_PAGE_PATH)) && method.equals("GET")) {
                showOutbox(exchange, path.equals(OUTBOX_PAGE_PATH));
            } else if (path.equals(OUTBOX_PATH) && method.equals("DELETE")) {
                outbox.clear();
                exchange.sendResponseHeaders(204, -1);
            } else {
                error(exchange, new SesException(404, "NotFoundException", "No such resource: " + method + " " + path));
            }
        }
    }

    private void showOutbox(HttpExchange exchange, boolean asPage) throws IOException {
        List<SentEmail> mails;
        try {
            mails = filtered(exchange);
        } catch (IllegalArgumentException malformed) {
            error(exchange, SesException.badRequest("Malformed query string"));
            return;
        }
        if (asPage) {
            Exchanges.send(exchange, 200, "text/html; charset=utf-8", OutboxViews.html(mails));
        } else {
            Exchanges.send(exchange, 200, "application/json", OutboxViews.json(mails));
        }
    }

    private void sendEmail(HttpExchange exchange) throws IOException {
        Optional<byte[]> body = Exchanges.body(exchange, MAX_REQUEST_BYTES);
        if (body.isEmpty()) {
            error(exchange, SesException.badRequest("Request larger than " + MAX_REQUEST_BYTES + " bytes"));
            return;
        }
        SentEmail mail;
        try {
            mail = SendEmailRequests.parse(body.get(), clock.instant());
        } catch (SesException e) {
            LOG.info("SendEmail refused: {}", e.getMessage());
            error(exchange, e);
            return;
        }
        outbox.add(mail);
        LOG.info("mail {} from {} to {} accepted: {}", mail.id(), mail.from(), mail.to(), mail.subject());
        Exchanges.send(
                exchange,
                200,
                "application/json",
                JSON.createObjectNode().put("MessageId", mail.id()).toString());
    }

    /** The outbox, or only the mail addressed to {@code ?to=}; a malformed query is an IllegalArgumentException. */
    private List<SentEmail> filtered(HttpExchange exchange) {
        Optional<String> recipient = Exchanges.queryParameter(exchange, "to");
        List<SentEmail> all = outbox.all();
        return recipient
                .map(address ->
                        all.stream().filter(mail -> mail.isAddressedTo(address)).toList())
                .orElse(all);
    }

    private static void error(HttpExchange exchange, SesException e) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", e.errorType());
        Exchanges.send(
                exchange,
                e.status(),
                "application/json",
                JSON.createObjectNode().put("message", e.getMessage()).toString());
    }
}
