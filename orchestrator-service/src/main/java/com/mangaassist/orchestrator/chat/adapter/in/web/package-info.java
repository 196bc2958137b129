/** The HTTP integration API Gateway calls for $connect, message routes and $disconnect. */
package com.mangaassist.orchestrator.chat.adapter.in.web;
