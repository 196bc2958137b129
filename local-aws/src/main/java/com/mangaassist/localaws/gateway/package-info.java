/** API Gateway WebSocket stand-in: client sockets, the HTTP integration and the @connections management API. */
package com.mangaassist.localaws.gateway;
