/** Evaluating the checklist and keeping incidents; ports to the services, the review workflow and the store. */
package com.mangaassist.console.oncall.application;
