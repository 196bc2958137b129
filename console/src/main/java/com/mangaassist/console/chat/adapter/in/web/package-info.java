/** The customer chat page's connection to the real WebSocket gateway. */
package com.mangaassist.console.chat.adapter.in.web;
