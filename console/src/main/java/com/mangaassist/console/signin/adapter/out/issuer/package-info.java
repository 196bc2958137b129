/** The local stack's token issuer (local profile only). */
package com.mangaassist.console.signin.adapter.out.issuer;
