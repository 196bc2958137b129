/** Topic: which of the store's topics a customer turn is about, and how sure the classifier is. */
package com.mangaassist.orchestrator.topic;
