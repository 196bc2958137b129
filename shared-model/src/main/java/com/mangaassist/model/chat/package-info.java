/** Messages the suite sends to a customer's WebSocket connection (API.md, "Chat"). */
package com.mangaassist.model.chat;
