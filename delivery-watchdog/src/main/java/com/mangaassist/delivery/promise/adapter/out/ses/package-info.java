/** SES v2: the fallback email. */
package com.mangaassist.delivery.promise.adapter.out.ses;
