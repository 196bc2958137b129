/** Thresholds and prompts as versions, canaries and overrides; the store and announcement ports. */
package com.mangaassist.threshold.configuration.domain;
