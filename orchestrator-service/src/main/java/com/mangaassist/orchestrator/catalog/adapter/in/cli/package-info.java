/** The command line that builds the catalog search index. */
package com.mangaassist.orchestrator.catalog.adapter.in.cli;
