/** Task roles from ServicePermissions, and the check that a synthesized template grants exactly those. */
package com.mangaassist.infra.iam;
