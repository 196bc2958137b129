/** The live queue forecast from the review service's signals. */
package com.mangaassist.threshold.capacity.application;
