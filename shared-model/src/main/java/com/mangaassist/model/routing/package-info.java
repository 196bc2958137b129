/** Topics, routing decisions and review priorities shared by the orchestrator, review queue and thresholds. */
package com.mangaassist.model.routing;
