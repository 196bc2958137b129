/** The catalog domain: catalog rows, the product derivation rule, title aliases, fusion and the index ports. */
package com.mangaassist.orchestrator.catalog.domain;
