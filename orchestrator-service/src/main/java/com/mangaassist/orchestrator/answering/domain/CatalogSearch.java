package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.List;
import java.util.Optional;

/** Finds catalog products for a question (hybrid lexical + semantic) and by id. */
public interface CatalogSearch {

    /** Up to {@code limit} products, best first. */
    List<RetrievedProduct> search(String question, Language language, int limit);

    Optional<Product> byId(String productId);
}
