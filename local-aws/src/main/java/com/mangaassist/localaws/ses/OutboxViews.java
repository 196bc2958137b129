package com.mangaassist.localaws.ses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The outbox as JSON and as a plain HTML page. */
final class OutboxViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxViews() {}

    static String json(List<SentEmail> mails) {
        ArrayNode array = JSON.createArrayNode();
        for (SentEmail mail : mails) {
            ObjectNode node = array.addObject();
            node.put("id", mail.id());
            node.put("from", mail.from());
            mail.to().forEach(node.putArray("to")::add);
            mail.cc().forEach(node.putArray("cc")::add);
            mail.bcc().forEach(node.putArray("bcc")::add);
            node.put("subject", mail.subject());
            node.put("text", mail.text());
            node.put("html", mail.html());
            node.put("receivedAt", mail.receivedAt().toString());
        }
        return array.toString();
    }

    /** Every value is escaped; an HTML body is shown as source, never rendered. */
    static String html(List<SentEmail> mails) {
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Local SES outbox</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}section{border:1px solid #ccc;")
                .append("padding:1em;margin-bottom:1em}dt{font-weight:bold}pre{white-space:pre-wrap;")
                .append("background:#f6f6f6;padding:.5em}</style></head><body>\n")
                .append("<h1>Local SES outbox (")
                .append(mails.size())
                .append(")</h1>\n");
        if (mails.isEmpty()) {
            page.append("<p>No mail yet.</p>\n");
        }
        for (SentEmail mail : mails) {
            page.append("<section><h2>").append(escape(mail.subject())).append("</h2><dl>");
            field(page, "From", mail.from());
            field(page, "To", String.join(", ", mail.to()));
            if (!mail.cc().isEmpty()) {
                field(page, "Cc", String.join(", ", mail.cc()));
            }
            if (!mail.bcc().isEmpty()) {
                field(page, "Bcc", String.join(", ", mail.bcc()));
            }
            field(page, "Received", mail.receivedAt().toString());
            field(page, "Id", mail.id());
            page.append("</dl>");
            if (mail.text() != null) {
                page.append("<h3>Text</h3><pre>").append(escape(mail.text())).append("</pre>");
            }
            if (mail.html() != null) {
                page.append("<h3>HTML source</h3><pre>")
                        .append(escape(mail.html()))
                        .append("</pre>");
            }
            page.append("</section>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static void field(StringBuilder page, String name, String value) {
        page.append("<dt>")
                .append(name)
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>");
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
