package com.mangaassist.threshold.configuration.adapter.in.web;

import com.mangaassist.common.web.ApiProblemHandlerSupport;
import com.mangaassist.threshold.configuration.application.StaleConfigurationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of this service's API as RFC 9457 problem details with a {@code code}. */
// every handler, not only this service's controllers: unknown paths come from the resource handler
@RestControllerAdvice
public class ApiProblemHandler extends ApiProblemHandlerSupport {

    @ExceptionHandler(StaleConfigurationException.class)
    ResponseEntity<ProblemDetail> contended(StaleConfigurationException e) {
        return respond(HttpStatus.CONFLICT, "CONFIGURATION_CONTENDED", e.getMessage());
    }
}
