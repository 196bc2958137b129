/** OpenSearch adapters of the catalog ports: the index (mapping, bulk writes) and hybrid search. */
package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;
