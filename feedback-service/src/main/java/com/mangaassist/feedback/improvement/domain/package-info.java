/** The freeze flag, the active prompt, proposals with their evidence and lineage, and the builder that makes them. */
package com.mangaassist.feedback.improvement.domain;
