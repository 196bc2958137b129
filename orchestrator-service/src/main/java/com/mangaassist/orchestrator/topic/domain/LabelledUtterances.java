package com.mangaassist.orchestrator.topic.domain;

import java.util.List;

/** The labelled utterances a topic classifier is trained and evaluated on, in a stable order. */
public interface LabelledUtterances {

    List<LabelledUtterance> all();
}
