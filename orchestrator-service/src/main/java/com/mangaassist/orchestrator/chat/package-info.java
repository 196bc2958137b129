/** Chat: connections, sessions, customer turns and the replies posted back to the connection. */
package com.mangaassist.orchestrator.chat;
