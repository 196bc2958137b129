/**
 * Impact simulation of a threshold change: hourly confidence histograms replayed against the current and
 * the proposed thresholds, turned into routing shares, review volume against capacity, SLA breach risk,
 * cost and the reviewers' expected edits. Pure functions of their arguments: no framework, no I/O, no clock.
 */
package com.mangaassist.threshold.simulation.domain;
