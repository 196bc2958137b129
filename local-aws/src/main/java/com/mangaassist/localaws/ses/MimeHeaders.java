package com.mangaassist.localaws.ses;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header block and body of a raw MIME message, read just far enough to list it in the outbox. */
final class MimeHeaders {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^>]+)>");

    private final Map<String, String> headers;
    private final String body;

    private MimeHeaders(Map<String, String> headers, String body) {
        this.headers = headers;
        this.body = body;
    }

    static MimeHeaders parse(String message) {
        String normalized = message.replace("\r\n", "\n");
        int end = normalized.indexOf("\n\n");
        String head = end < 0 ? normalized : normalized.substring(0, end);
        String body = end < 0 ? "" : normalized.substring(end + 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String current = null;
        for (String line : head.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && current != null) {
                headers.merge(current, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                current = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(current, line.substring(colon + 1).strip());
            }
        }
        return new MimeHeaders(headers, body);
    }

    /** A header's value with RFC 2047 encoded words decoded. */
    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(MimeHeaders::decodeWords);
    }

    /** The bare addresses of an address-list header. */
    List<String> addresses(String name) {
        List<String> addresses = new ArrayList<>();
        header(name).ifPresent(list -> {
            for (String entry : list.split(",")) {
                Matcher angle = ANGLE_ADDRESS.matcher(entry);
                String address = angle.find() ? angle.group(1).strip() : entry.strip();
                if (!address.isEmpty()) {
                    addresses.add(address);
                }
            }
        });
        return addresses;
    }

    String body() {
        return body;
    }

    private static String decodeWords(String value) {
        Matcher word = ENCODED_WORD.matcher(value.replaceAll("(\\?=)\\s+(=\\?)", "$1$2"));
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(decoded, Matcher.quoteReplacement(decodeWord(word)));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static String decodeWord(Matcher word) {
        Charset charset;
        try {
            charset = Charset.forName(word.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return word.group();
        }
        String text = word.group(3);
        if (word.group(2).equalsIgnoreCase("B")) {
            try {
                return new String(Base64.getMimeDecoder().decode(text), charset);
            } catch (IllegalArgumentException malformed) {
                return word.group();
            }
        }
        return new String(quotedPrintable(text.replace('_', ' ')), charset);
    }

    private static byte[] quotedPrintable(String text) {
        byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '=' && i + 2 < raw.length) {
                int high = Character.digit(raw[i + 1], 16);
                int low = Character.digit(raw[i + 2], 16);
                if (high >= 0 && low >= 0) {
                    out.write(high * 16 + low);
                    i += 2;
                    continue;
                }
            }
            out.write(raw[i]);
        }
        return out.toByteArray();
    }
}
