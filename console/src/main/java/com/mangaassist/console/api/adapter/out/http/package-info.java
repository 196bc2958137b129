/** The services' APIs over HTTP. */
package com.mangaassist.console.api.adapter.out.http;
