/** A deterministic, catalog-grounded stand-in for the foundation model, used locally and in tests. */
package com.mangaassist.orchestrator.model.adapter.out.local;
