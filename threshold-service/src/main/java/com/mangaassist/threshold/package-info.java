/** Governed configuration: versioned thresholds and prompts, change requests, canary and audit. */
package com.mangaassist.threshold;
