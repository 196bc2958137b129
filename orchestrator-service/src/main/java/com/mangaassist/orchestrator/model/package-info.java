/** The model feature: which foundation model tier a turn needs, and the adapters that answer with one. */
package com.mangaassist.orchestrator.model;
