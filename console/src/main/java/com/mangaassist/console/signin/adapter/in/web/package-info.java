/** Sign-in pages and handlers, and the session that holds the signed-in user. */
package com.mangaassist.console.signin.adapter.in.web;
