/** The catalog's part of the service's health: products indexed, and how far semantic search is. */
package com.mangaassist.orchestrator.catalog.adapter.in.health;
