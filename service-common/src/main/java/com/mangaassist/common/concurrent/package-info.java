/** Small helpers for work run concurrently inside one request. */
package com.mangaassist.common.concurrent;
