/** An in-process cache whose expiry follows the injected clock, for governed configuration. */
package com.mangaassist.orchestrator.governed.adapter.out.cache;
