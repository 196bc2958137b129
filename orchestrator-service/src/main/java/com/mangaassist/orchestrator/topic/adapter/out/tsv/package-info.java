/** Labelled utterances read from a UTF-8 TSV resource ({@code topic<TAB>lang<TAB>text}). */
package com.mangaassist.orchestrator.topic.adapter.out.tsv;
