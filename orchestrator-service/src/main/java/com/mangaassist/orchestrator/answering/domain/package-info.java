/** The answering domain: products, retrieval results, model requests and answers, and their ports. */
package com.mangaassist.orchestrator.answering.domain;
