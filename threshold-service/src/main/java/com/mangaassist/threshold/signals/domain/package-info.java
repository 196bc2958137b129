/** Capacity signals, the per-instance snapshots they are merged from, the merge and the port that reads them. */
package com.mangaassist.threshold.signals.domain;
