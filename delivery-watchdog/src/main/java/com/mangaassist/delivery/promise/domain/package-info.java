/** The promise, what is posted to a customer, failure kinds, and the ports to the outside world. */
package com.mangaassist.delivery.promise.domain;
