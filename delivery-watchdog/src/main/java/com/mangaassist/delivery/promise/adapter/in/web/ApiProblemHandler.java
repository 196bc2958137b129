package com.mangaassist.delivery.promise.adapter.in.web;

import com.mangaassist.common.web.ApiProblemHandlerSupport;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of this service's HTTP API as RFC 9457 problem details with a {@code code} (the runbook
 * controller's own handlers come first); unknown paths and refused headers used to get Spring Boot's error
 * body without one (found by the REST fuzzers, issue 14).
 */
@RestControllerAdvice
public class ApiProblemHandler extends ApiProblemHandlerSupport {}
