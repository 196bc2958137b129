/** Provenance scoring and account reputation. */
package com.mangaassist.feedback.provenance;
