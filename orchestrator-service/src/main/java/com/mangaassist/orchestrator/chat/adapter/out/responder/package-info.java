/** The interim responder used until the answering pipeline (topic, retrieval, model) replaces it. */
package com.mangaassist.orchestrator.chat.adapter.out.responder;
