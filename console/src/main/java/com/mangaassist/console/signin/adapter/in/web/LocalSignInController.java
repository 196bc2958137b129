package com.mangaassist.console.signin.adapter.in.web;

import com.mangaassist.console.config.ConsoleProperties;
import com.mangaassist.console.signin.ConsoleUser;
import com.mangaassist.console.signin.LocalTokenMint;
import com.mangaassist.console.signin.TokenVerifier;
import com.mangaassist.model.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/**
 * The local-only sign-in page: mints a token from the local stack's issuer for any user and roles. Not a bean in the
 * {@code aws} profile, where Cognito signs people in.
 */
@Controller
@Profile("!aws")
public class LocalSignInController {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSignInController.class);
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final LocalTokenMint mint;
    private final TokenVerifier verifier;
    private final Duration lifetime;
    private final SessionSignIn sessions = new SessionSignIn();

    public LocalSignInController(LocalTokenMint mint, TokenVerifier verifier, ConsoleProperties properties) {
        this.mint = mint;
        this.verifier = verifier;
        this.lifetime = properties.tokenLifetime();
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
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("userId", userId);
        if (!USER_ID.matcher(userId).matches()) {
            model.addAttribute("error", "signin.error.user");
            response.setStatus(400);
            return "sign-in";
        }
        if (roles.isEmpty()) {
            model.addAttribute("error", "signin.error.roles");
            response.setStatus(400);
            return "sign-in";
        }
        ConsoleUser user;
        try {
            user = verifier.verify(mint.mint(userId, roles, lifetime));
        } catch (RestClientException | TokenVerifier.InvalidTokenException e) {
            LOG.warn("local sign-in of {} failed: {}", userId, e.getMessage());
            model.addAttribute("error", "signin.error.issuer");
            response.setStatus(502);
            return "sign-in";
        }
        sessions.signIn(user, request, response);
        LOG.info("{} signed in with roles {}", user.subject(), user.roles());
        return "redirect:/";
    }
}
