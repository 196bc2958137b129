/** Catalog use cases: building the search index from the catalog file. */
package com.mangaassist.orchestrator.catalog.application;
