/** Correction relatedness by MiniLM sentence embeddings. */
package com.mangaassist.feedback.intake.adapter.out.embedding;
