/** Catalog: the store's products derived from the reference catalog, their search index and its build. */
package com.mangaassist.orchestrator.catalog;
