package com.mangaassist.console.signin.adapter.in.web;

import com.mangaassist.console.signin.domain.ConsoleUser;
import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in console user as Spring Security sees them: authorities {@code ROLE_<NAME>} from the token's roles. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ConsoleUser user;

    public TokenAuthentication(ConsoleUser user) {
        super(user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.roleName()))
                .toList());
        this.user = user;
        setAuthenticated(true);
    }

    public ConsoleUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user.subject();
    }
}
