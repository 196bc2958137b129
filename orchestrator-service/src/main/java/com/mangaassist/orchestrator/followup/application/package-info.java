/** The follow-up use cases. */
package com.mangaassist.orchestrator.followup.application;
