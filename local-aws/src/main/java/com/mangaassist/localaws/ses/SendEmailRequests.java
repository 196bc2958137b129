package com.mangaassist.localaws.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Reads the rest-json body of SES v2 {@code SendEmail} into a {@link SentEmail}, refusing what SES would refuse: no
 * sender, no recipient, or content that is neither {@code Simple} nor {@code Raw}. A raw message may name its sender
 * and recipients in its own headers instead.
 */
final class SendEmailRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SendEmailRequests() {}

    static SentEmail parse(byte[] body, Instant receivedAt) throws SesException {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            throw SesException.badRequest("Request body is not valid JSON");
        }
        if (request == null || !request.isObject()) {
            throw SesException.badRequest("Request body must be a JSON object");
        }
        String from = text(request.path("FromEmailAddress"));
        JsonNode destination = request.path("Destination");
        List<String> to = addresses(destination, "ToAddresses");
        List<String> cc = addresses(destination, "CcAddresses");
        List<String> bcc = addresses(destination, "BccAddresses");

        JsonNode content = request.path("Content");
        JsonNode simple = content.path("Simple");
        JsonNode raw = content.path("Raw");
        int kinds = (simple.isObject() ? 1 : 0) + (raw.isObject() ? 1 : 0) + (content.has("Template") ? 1 : 0);
        if (kinds != 1) {
            throw SesException.badRequest("Content must have exactly one of Simple or Raw");
        }
        if (content.has("Template")) {
            throw SesException.badRequest("Template content is not supported by the local SES stand-in");
        }

        String subject;
        String textBody;
        String htmlBody;
        if (simple.isObject()) {
            subject = text(simple.path("Subject").path("Data"));
            textBody = text(simple.path("Body").path("Text").path("Data"));
            htmlBody = text(simple.path("Body").path("Html").path("Data"));
            if (subject == null) {
                throw SesException.badRequest("Content.Simple.Subject.Data is required");
            }
            if (textBody == null && htmlBody == null) {
                throw SesException.badRequest("Content.Simple.Body needs Text or Html");
            }
        } else {
            MimeHeaders mime = MimeHeaders.parse(rawMessage(raw));
            if (from == null) {
                from = mime.addresses("From").stream().findFirst().orElse(null);
            }
            if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
                to = mime.addresses("To");
                cc = mime.addresses("Cc");
            }
            subject = mime.header("Subject").orElse("");
            textBody = mime.body();
            htmlBody = null;
        }

        if (from == null) {
            throw SesException.badRequest("FromEmailAddress is required");
        }
        requireAddress(from);
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw SesException.badRequest("Destination needs at least one address");
        }
        for (List<String> list : List.of(to, cc, bcc)) {
            for (String address : list) {
                requireAddress(address);
            }
        }
        return new SentEmail(UUID.randomUUID().toString(), from, to, cc, bcc, subject, textBody, htmlBody, receivedAt);
    }

    private static String rawMessage(JsonNode raw) throws SesException {
        String data = text(raw.path("Data"));
        if (data == null) {
            throw SesException.badRequest("Content.Raw.Data is required");
        }
        try {
            return new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SesException.badRequest("Content.Raw.Data is not base64");
        }
    }

    private static List<String> addresses(JsonNode destination, String field) throws SesException {
        JsonNode list = destination.path(field);
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw SesException.badRequest("Destination." + field + " must be a list");
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode address : list) {
            if (!address.isTextual()) {
                throw SesException.badRequest("Destination." + field + " must hold strings");
            }
            addresses.add(address.textValue().strip());
        }
        return addresses;
    }

    /** Accepts {@code a@b} and {@code Name <a@b>}; SES checks more, this catches the obvious slips. */
    private static void requireAddress(String address) throws SesException {
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw SesException.badRequest("Illegal address: " + address);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
    }
}
