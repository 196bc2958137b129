package com.mangaassist.threshold.audit.adapter.in.security;

import com.mangaassist.threshold.audit.domain.Auditor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Audits every request the security rules refuse to an authenticated caller (403: a customer reading
 * configuration, a reviewer calling a runbook): who, which method and path. Unauthenticated requests
 * (401) have no one to name and are not audited. The trail never blocks the answer: a failure to write
 * is logged.
 */
public final class AccessRefusalAuditor {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusalAuditor.class);

    private final Auditor auditor;

    public AccessRefusalAuditor(Auditor auditor) {
        this.auditor = auditor;
    }

    @EventListener
    public void on(AuthorizationDeniedEvent<?> event) {
        Authentication caller = event.getAuthentication().get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (!(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        String target = request.getMethod() + " " + request.getRequestURI();
        try {
            auditor.refusal(caller.getName(), "access", "", target, "FORBIDDEN", "role not allowed: " + target);
        } catch (RuntimeException trailDown) {
            // the 403 goes out regardless; the refusal is at least in the log
            log.warn("Could not audit refused {} by {}: {}", target, caller.getName(), trailDown.getMessage());
        }
    }
}
