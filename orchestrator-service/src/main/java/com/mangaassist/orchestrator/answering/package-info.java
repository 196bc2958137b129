/** Answering: topic, retrieval, foundation model, confidence and routing of a customer turn. */
package com.mangaassist.orchestrator.answering;
