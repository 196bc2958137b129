/** The answering pipeline: one customer turn from text to a routed reply and its record. */
package com.mangaassist.orchestrator.answering.application;
