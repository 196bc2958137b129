package com.mangaassist.console.api.adapter.in.web;

import com.mangaassist.console.api.ServiceApi;
import com.mangaassist.console.api.ServiceCall;
import com.mangaassist.console.api.ServiceResponse;
import com.mangaassist.console.api.Upstream;
import com.mangaassist.console.config.ConsoleProperties;
import com.mangaassist.console.signin.ConsoleUser;
import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
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
 * {@code Idempotency-Key}; the service's answer comes back as it is. The console adds problems of its own only for
 * what never reached a service: {@code SESSION_EXPIRED} (401), {@code UNKNOWN_SERVICE} (404), {@code INVALID_API_PATH}
 * (400), {@code REQUEST_TOO_LARGE} (413), {@code SERVICE_UNAVAILABLE} (502).
 */
@RestController
public class ApiProxyController {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxyController.class);
    private static final String PREFIX = "/console/api/";

    private final ServiceApi services;
    private final Clock clock;
    private final int maxRequestBytes;

    public ApiProxyController(ServiceApi services, Clock clock, ConsoleProperties properties) {
        this.services = services;
        this.clock = clock;
        this.maxRequestBytes = properties.maxRequestBytes();
    }

    @RequestMapping(
            path = "/console/api/{service}/api/**",
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<?> call(
            @PathVariable("service") String service, HttpServletRequest request, TokenAuthentication authentication)
            throws IOException {
        ConsoleUser user = authentication.user();
        if (user.expiredAt(clock.instant())) {
            return problem(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", "Your sign-in has expired; sign in again.");
        }
        Optional<Upstream> upstream = Upstream.fromPath(service);
        if (upstream.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "UNKNOWN_SERVICE", "No service is called " + service + ".");
        }
        String path = request.getRequestURI()
                .substring(request.getContextPath().length() + PREFIX.length() + service.length());
        if (request.getQueryString() != null) {
            path = path + "?" + request.getQueryString();
        }
        if (!ServiceCall.isApiPath(path)) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_API_PATH", "Only the public /api/ paths can be called.");
        }
        byte[] body = new byte[0];
        ServiceCall.Method method = ServiceCall.Method.valueOf(request.getMethod());
        if (method == ServiceCall.Method.POST) {
            if (request.getContentLengthLong() > maxRequestBytes) {
                return tooLarge();
            }
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes(maxRequestBytes + 1);
            }
            if (body.length > maxRequestBytes) {
                return tooLarge();
            }
        }
        ServiceCall call;
        try {
            call = new ServiceCall(
                    upstream.get(),
                    method,
                    path,
                    body,
                    Optional.ofNullable(request.getContentType()),
                    Optional.ofNullable(request.getHeader("Idempotency-Key")),
                    user.token());
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_API_PATH", e.getMessage());
        }
        ServiceResponse response;
        try {
            response = services.call(call);
        } catch (ServiceApi.UnavailableException e) {
            LOG.warn("{} for {}: {}", call, user.subject(), e.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_GATEWAY, "The " + service + " service did not answer.");
            problem.setTitle("Service unavailable");
            problem.setProperty("code", "SERVICE_UNAVAILABLE");
            problem.setProperty("service", service);
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        LOG.debug("{} for {} -> {}", call, user.subject(), response.status());
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(response.status()).cacheControl(CacheControl.noStore());
        response.contentType().map(MediaType::parseMediaType).ifPresent(answer::contentType);
        return answer.body(response.body());
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "The request body is too large.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
