package com.mangaassist.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request the security firewall refuses before any controller sees it (an encoded NUL, {@code ..} or
 * a control character in the path, a forbidden header value) as a 400 problem document with the code
 * {@code REQUEST_REJECTED}. Spring Security's default answers with an empty 400, which breaks the rule that every
 * error carries a {@code code} (found by the REST fuzzers, issue 14).
 */
public final class ProblemDetailsRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"The request carries characters that are not allowed.\","
                        + "\"code\":\"REQUEST_REJECTED\"}");
    }
}
