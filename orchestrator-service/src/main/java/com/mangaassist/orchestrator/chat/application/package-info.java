/** Chat use cases: connect, handle a frame, disconnect. */
package com.mangaassist.orchestrator.chat.application;
