/** What drift is: a category whose item differs from its recorded version, and a check's report. */
package com.mangaassist.threshold.drift.domain;
