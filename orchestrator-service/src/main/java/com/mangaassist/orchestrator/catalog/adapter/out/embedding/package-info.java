/**
 * The embedding adapters: MiniLM sentence embeddings computed in-process, and Amazon Titan Text
 * Embeddings v2 on Bedrock.
 */
package com.mangaassist.orchestrator.catalog.adapter.out.embedding;
