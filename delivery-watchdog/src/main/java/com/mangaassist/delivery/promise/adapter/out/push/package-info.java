/** Mobile push: no provider yet. */
package com.mangaassist.delivery.promise.adapter.out.push;
