/** Who is signed in. */
package com.mangaassist.console.signin.domain;
