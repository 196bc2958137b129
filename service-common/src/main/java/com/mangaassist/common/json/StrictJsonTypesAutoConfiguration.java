package com.mangaassist.common.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Applies {@link StrictJsonTypes} to the {@link JsonMapper} Spring Boot builds in every service. */
@AutoConfiguration
@ConditionalOnClass({JsonMapper.class, JsonMapperBuilderCustomizer.class})
public class StrictJsonTypesAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return StrictJsonTypes::apply;
    }
}
