/** The OpenSearch stand-in: an in-JVM OpenSearch node with k-NN vector search. */
package com.mangaassist.localaws.opensearch;
