/** The shared {@code audit-log} table. */
package com.mangaassist.threshold.audit.adapter.out.dynamodb;
