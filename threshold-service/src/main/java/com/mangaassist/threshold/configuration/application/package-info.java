/** Writing the configuration: read, change, conditional write, retry on a race, announce. */
package com.mangaassist.threshold.configuration.application;
