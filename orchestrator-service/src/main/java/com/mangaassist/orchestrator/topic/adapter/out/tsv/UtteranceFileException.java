package com.mangaassist.orchestrator.topic.adapter.out.tsv;

/** The utterance file is missing, unreadable or has a malformed line. */
public class UtteranceFileException extends RuntimeException {

    UtteranceFileException(String message) {
        super(message);
    }

    UtteranceFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
