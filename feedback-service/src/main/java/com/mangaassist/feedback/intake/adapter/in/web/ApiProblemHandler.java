package com.mangaassist.feedback.intake.adapter.in.web;

import com.mangaassist.common.web.ApiProblemHandlerSupport;
import com.mangaassist.feedback.intake.domain.RateLimitUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of this service's API as RFC 9457 problem details with a {@code code}; never a bare 5xx for bad input. */
// every handler, not only this service's controllers: unknown paths come from the resource handler
@RestControllerAdvice
public class ApiProblemHandler extends ApiProblemHandlerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(RateLimitUnavailableException.class)
    ResponseEntity<ProblemDetail> rateLimitsDown(RateLimitUnavailableException e) {
        LOG.error("feedback refused: {}", e.getMessage());
        return respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                "RATE_LIMIT_UNAVAILABLE",
                "Feedback cannot be checked against its limits right now; nothing was stored. Try again later.");
    }
}
