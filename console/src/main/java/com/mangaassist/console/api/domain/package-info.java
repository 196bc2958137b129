/** A call to a service's public API and its answer. */
package com.mangaassist.console.api.domain;
