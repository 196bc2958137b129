/** Chat domain: frames, turns, sessions, connections and the ports they need. */
package com.mangaassist.orchestrator.chat.domain;
