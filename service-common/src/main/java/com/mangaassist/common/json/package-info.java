/** JSON reading rules shared by every service: a value of the wrong JSON type is refused, never coerced. */
package com.mangaassist.common.json;
