/** Model policies in plain Java: the rule that picks the fast or the strong tier for a turn. */
package com.mangaassist.orchestrator.model.domain;
