package com.mangaassist.console.signin.adapter.in.web;

import com.mangaassist.console.signin.application.LocalSignIn;
import com.mangaassist.model.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The local-only sign-in page: mints a token from the local stack's issuer for any user and roles. Only wired in the
 * {@code local} profile (ConsoleConfiguration); in AWS, Cognito signs people in and {@code /sign-in} does not exist.
 */
@Controller
@Profile("!aws")
public class LocalSignInController {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSignInController.class);

    private final LocalSignIn signIn;
    private final SessionSignIn sessions = new SessionSignIn();

    public LocalSignInController(LocalSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/sign-in")
    public String form(Model model) {
        model.addAttribute("roles", List.of(Role.values()));
        return "sign-in";
    }

    @PostMapping("/sign-in")
    public String signIn(
            @RequestParam(name = "userId", defaultValue = "") String userId,
            @RequestParam(name = "roles", required = false) List<String> roleClaims,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional.ofNullable(roleClaims).orElse(List.of()).stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .forEach(roles::add);
        LocalSignIn.Outcome outcome = signIn.signIn(userId, roles);
        if (outcome instanceof LocalSignIn.SignedIn signedIn) {
            sessions.signIn(signedIn.user(), request, response);
            LOG.info(
                    "{} signed in with roles {}",
                    signedIn.user().subject(),
                    signedIn.user().roles());
            return "redirect:/";
        }
        LocalSignIn.Refused refused = (LocalSignIn.Refused) outcome;
        LOG.info("local sign-in refused: {}", refused.messageKey());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("userId", userId.length() > 64 ? userId.substring(0, 64) : userId);
        model.addAttribute("error", refused.messageKey());
        response.setStatus(refused.status());
        return "sign-in";
    }
}
