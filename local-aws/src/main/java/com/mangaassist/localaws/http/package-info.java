/** Serving the stand-ins' HTTP endpoints with the JDK HTTP server, on loopback. */
package com.mangaassist.localaws.http;
