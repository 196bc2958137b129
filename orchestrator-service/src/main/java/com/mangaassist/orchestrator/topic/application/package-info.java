/** Topic application: the held-out split of the labelled utterances and the evaluation of a classifier on it. */
package com.mangaassist.orchestrator.topic.application;
