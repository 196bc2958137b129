/** Cognito stand-in: a local JWT issuer with a JWKS endpoint and a token-minting endpoint for tests. */
package com.mangaassist.localaws.auth;
