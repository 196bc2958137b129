/** The routing statistics use case. */
package com.mangaassist.threshold.traffic.application;
