/** Command line: trains the topic classifier on the shipped utterances and prints its held-out evaluation. */
package com.mangaassist.orchestrator.topic.adapter.in.cli;
