/** Token verification with Spring Security's Nimbus decoder. */
package com.mangaassist.console.signin.adapter.out.jwt;
