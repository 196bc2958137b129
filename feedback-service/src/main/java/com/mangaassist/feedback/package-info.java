/** Customer feedback: validation, provenance, quarantine and data-quality monitors. */
package com.mangaassist.feedback;
