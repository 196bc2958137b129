/** Delivery promises, delivery to connections, fallback channels and the watchdog. */
package com.mangaassist.delivery;
