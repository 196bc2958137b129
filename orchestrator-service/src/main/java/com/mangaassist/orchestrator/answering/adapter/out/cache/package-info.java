/** An in-process, clock-driven cache of system prompt versions. */
package com.mangaassist.orchestrator.answering.adapter.out.cache;
