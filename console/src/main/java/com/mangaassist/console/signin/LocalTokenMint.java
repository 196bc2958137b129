package com.mangaassist.console.signin;

import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.util.Set;

/** The local stack's issuer, which mints a token for any user and roles (local only; Cognito signs people in in AWS). */
public interface LocalTokenMint {

    String mint(String subject, Set<Role> roles, Duration lifetime);
}
