package com.mangaassist.orchestrator.config;

import com.mangaassist.orchestrator.topic.adapter.out.tsv.TsvLabelledUtterances;
import com.mangaassist.orchestrator.topic.domain.CharNgramTopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topic classifier, trained at startup on all the utterances shipped with the service. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    TopicClassifier topicClassifier() {
        return CharNgramTopicClassifier.train(TsvLabelledUtterances.shipped().all());
    }
}
