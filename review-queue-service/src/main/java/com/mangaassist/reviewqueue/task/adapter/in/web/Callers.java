package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.reviewqueue.task.domain.Reviewer;
import org.springframework.security.core.Authentication;

/** The authenticated caller as a reviewer: the token's subject, senior when it has the senior-reviewer role. */
public final class Callers {

    private Callers() {}

    public static Reviewer reviewer(Authentication authentication) {
        return new Reviewer(authentication.getName(), hasRole(authentication, "SENIOR_REVIEWER"));
    }

    public static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
