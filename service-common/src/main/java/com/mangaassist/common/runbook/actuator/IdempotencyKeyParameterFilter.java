package com.mangaassist.common.runbook.actuator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the {@code Idempotency-Key} header of a call to {@code /actuator/runbooks/…} to the endpoint as the
 * {@code idempotencyKey} parameter: Actuator operations read only their path, query and body, and on-call
 * scripts send the same header to the REST path and the Actuator path. The header wins over a parameter.
 */
public final class IdempotencyKeyParameterFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String PARAMETER = "idempotencyKey";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/runbooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithKey(request, request.getHeader(HEADER)), response);
    }

    private static final class WithKey extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithKey(HttpServletRequest request, String key) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put(PARAMETER, new String[] {key});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
