/** The roles carried in every token's {@code roles} claim. */
package com.mangaassist.model.security;
