/** Topic domain: the classifier port, its prediction, labelled utterances and the character n-gram model. */
package com.mangaassist.orchestrator.topic.domain;
