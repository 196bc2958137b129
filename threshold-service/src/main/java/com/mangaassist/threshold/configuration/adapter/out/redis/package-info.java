/** Redis pub/sub adapter: change announcements to the orchestrators. */
package com.mangaassist.threshold.configuration.adapter.out.redis;
