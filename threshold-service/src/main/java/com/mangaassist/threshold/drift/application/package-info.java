/** The drift check: compare, audit and page the transitions, count. */
package com.mangaassist.threshold.drift.application;
