/** Signing in: the local sign-in use case and the ports to the issuer and the token verifier. */
package com.mangaassist.console.signin.application;
