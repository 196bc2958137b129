/**
 * The chaos soak: sustained mixed load through the gateway while services are killed and restarted, Redis is
 * replaced and stand-ins are paused, then a total accounting of every customer turn (docs/RELIABILITY.md).
 */
package com.mangaassist.systemtests.chaos;
