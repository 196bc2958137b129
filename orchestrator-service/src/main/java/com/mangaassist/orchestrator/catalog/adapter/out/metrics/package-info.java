/** The catalog search counted: retrieval failures by kind (docs/RELIABILITY.md, "Degradation"). */
package com.mangaassist.orchestrator.catalog.adapter.out.metrics;
