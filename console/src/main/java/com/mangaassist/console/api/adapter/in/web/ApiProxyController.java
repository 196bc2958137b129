package com.mangaassist.console.api.adapter.in.web;

import com.mangaassist.console.api.application.ServiceCalls;
import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST /console/api/<service>/api/…}: the pages' only way to a service. The call goes to the same path of
 * the service's public API with the signed-in user's token as a bearer header, the body, {@code Content-Type} and
 * {@code Idempotency-Key}; the service's answer comes back as it is. The console's own problems, for what never
 * reached a service: {@code SESSION_EXPIRED} (401), {@code UNKNOWN_SERVICE} (404), {@code INVALID_API_PATH} and
 * {@code INVALID_IDEMPOTENCY_KEY} (400), {@code REQUEST_TOO_LARGE} (413), {@code SERVICE_UNAVAILABLE} (502).
 */
@RestController
public class ApiProxyController {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxyController.class);
    private static final String PREFIX = "/console/api/";

    private final ServiceCalls calls;

    public ApiProxyController(ServiceCalls calls) {
        this.calls = calls;
    }

    @RequestMapping(
            path = "/console/api/{service}/api/**",
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<?> call(
            @PathVariable("service") String service, HttpServletRequest request, TokenAuthentication authentication)
            throws IOException {
        String path = request.getRequestURI()
                .substring(request.getContextPath().length() + PREFIX.length() + service.length());
        if (request.getQueryString() != null) {
            path = path + "?" + request.getQueryString();
        }
        ServiceCall.Method method = ServiceCall.Method.valueOf(request.getMethod());
        byte[] body = new byte[0];
        if (method == ServiceCall.Method.POST) {
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes(calls.maxRequestBytes() + 1);
            }
        }
        ServiceCalls.Outcome outcome = calls.call(
                authentication.user(),
                service,
                method,
                path,
                body,
                Optional.ofNullable(request.getContentType()),
                Optional.ofNullable(request.getHeader("Idempotency-Key")));
        if (outcome instanceof ServiceCalls.Answered answered) {
            ServiceResponse response = answered.response();
            LOG.debug("{} {} {} for {} -> {}", method, service, path, authentication.getName(), response.status());
            ResponseEntity.BodyBuilder answer =
                    ResponseEntity.status(response.status()).cacheControl(CacheControl.noStore());
            response.contentType().map(MediaType::parseMediaType).ifPresent(answer::contentType);
            return answer.body(response.body());
        }
        if (outcome instanceof ServiceCalls.Unavailable unavailable) {
            LOG.warn("{} {} {} for {}: the service did not answer", method, service, path, authentication.getName());
            ProblemDetail problem = problem(
                    HttpStatus.BAD_GATEWAY.value(),
                    "SERVICE_UNAVAILABLE",
                    "The " + service + " service did not answer.");
            problem.setProperty("service", unavailable.upstream().pathName());
            return problemResponse(problem);
        }
        ServiceCalls.Refused refused = (ServiceCalls.Refused) outcome;
        return problemResponse(problem(refused.status(), refused.code(), refused.detail()));
    }

    private static ProblemDetail problem(int status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
