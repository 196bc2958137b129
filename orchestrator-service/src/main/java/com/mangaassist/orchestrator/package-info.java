/** Chat turns behind the API Gateway WebSocket. */
package com.mangaassist.orchestrator;
