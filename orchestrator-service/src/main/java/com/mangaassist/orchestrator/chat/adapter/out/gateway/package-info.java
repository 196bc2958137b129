/** Posts to customer connections through the API Gateway management API. */
package com.mangaassist.orchestrator.chat.adapter.out.gateway;
