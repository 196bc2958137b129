package com.mangaassist.console.pages.adapter.in.web;

import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import com.mangaassist.console.signin.domain.ConsoleUser;
import com.mangaassist.model.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desks. Who may open which is decided by the security rules ({@code SecurityConfiguration}); each page calls the
 * services through {@code /console/api/…}, so what a role may do is decided by the services themselves.
 */
@Controller
public class PagesController {

    /** The desk a person lands on after signing in: the first their roles allow. */
    @GetMapping("/")
    public String home(TokenAuthentication authentication) {
        ConsoleUser user = authentication.user();
        if (user.hasAny(Role.REVIEWER, Role.SENIOR_REVIEWER)) {
            return "redirect:/reviewer";
        }
        if (user.has(Role.ONCALL)) {
            return "redirect:/oncall";
        }
        if (user.hasAny(Role.ML_LEAD, Role.CATEGORY_OWNER)) {
            return "redirect:/ml";
        }
        if (user.has(Role.CUSTOMER)) {
            return "redirect:/chat";
        }
        return "home";
    }

    @GetMapping("/reviewer")
    public String reviewer() {
        return "reviewer";
    }

    @GetMapping("/agent")
    public String agent() {
        return "agent";
    }

    @GetMapping("/oncall")
    public String oncall() {
        return "oncall";
    }

    @GetMapping("/ml")
    public String mlLead() {
        return "ml";
    }

    /** Where Spring Security forwards a signed-in person who opened a page their roles do not allow (403). */
    @GetMapping("/forbidden")
    public String forbidden() {
        return "forbidden";
    }

    @GetMapping("/chat")
    public String chat() {
        return "chat";
    }
}
