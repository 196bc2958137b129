/**
 * The append-only audit trail of every configuration change, override, approval, promotion, revert and
 * refusal (who, what, when, why, before, after), queryable by time and category.
 */
package com.mangaassist.threshold.audit;
