/** Redis stand-in: an ephemeral, diskless {@code redis-server} child process. */
package com.mangaassist.localaws.redis;
