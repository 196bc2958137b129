/** The review service's load as the threshold service sees it: the capacity input of self-protection. */
package com.mangaassist.threshold.signals;
