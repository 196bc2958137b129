/** The embedding adapter: MiniLM sentence embeddings computed in-process. */
package com.mangaassist.orchestrator.catalog.adapter.out.embedding;
