/** The services' public APIs and Actuator endpoints read over HTTP with the caller's token. */
package com.mangaassist.console.oncall.adapter.out.http;
