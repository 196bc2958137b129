/**
 * Calls to the services' public APIs on behalf of the signed-in user: the only way the console reaches a service.
 * Paths are limited to {@code /api/…}; the user's token travels as a bearer header; the service decides.
 */
package com.mangaassist.console.api;
