/**
 * Signing in: a token from the local issuer (local profile) or Cognito (aws profile), verified against the issuer's
 * keys, kept in the server-side session.
 */
package com.mangaassist.console.signin;
