/** The foundation model on Amazon Bedrock (Converse with a forced answer tool), with time limits, breakers and fallback. */
package com.mangaassist.orchestrator.model.adapter.out.bedrock;
