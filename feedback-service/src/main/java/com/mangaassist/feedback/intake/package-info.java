/** Taking a feedback signal: ownership, enrichment by consistent read, validation, rate limits, sanitising, storage. */
package com.mangaassist.feedback.intake;
