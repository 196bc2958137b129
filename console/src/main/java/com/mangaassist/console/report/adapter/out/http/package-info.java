/** The services read over their public APIs with the caller's token. */
package com.mangaassist.console.report.adapter.out.http;
