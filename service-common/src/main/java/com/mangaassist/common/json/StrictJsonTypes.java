package com.mangaassist.common.json;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.MapType;

/**
 * Jackson's defaults quietly convert JSON of the wrong type: {@code "correction": false} becomes the text "false",
 * {@code "rating": "5"} the number 5 and {@code 4.7} the integer 4. A client that sends the wrong type has a bug,
 * and storing a guess at what it meant hides it, so every service refuses such bodies (400 {@code INVALID_BODY}
 * over REST, an error frame over the WebSocket). Found by the REST fuzzers of issue 14.
 */
public final class StrictJsonTypes {

    private StrictJsonTypes() {}

    /**
     * Makes {@code builder} refuse numbers and booleans for text, text for numbers and booleans, and fractions for
     * whole numbers, except as the values of a {@code Map<String, String>} ({@link ScalarsAsTextMapDeserializer}).
     */
    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        return builder.addModule(
                        new SimpleModule("mangaassist-free-form-text-maps").setDeserializers(new FreeFormTextMaps()))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        whole -> whole.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        fraction -> fraction.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** Finds {@link ScalarsAsTextMapDeserializer} for {@code Map<String, String>} and nothing else. */
    private static final class FreeFormTextMaps extends SimpleDeserializers {

        @Override
        public ValueDeserializer<?> findMapDeserializer(
                MapType type,
                DeserializationConfig config,
                BeanDescription.Supplier beanDescRef,
                KeyDeserializer keyDeserializer,
                TypeDeserializer elementTypeDeserializer,
                ValueDeserializer<?> elementDeserializer) {
            boolean textMap = type.getKeyType().hasRawClass(String.class)
                    && type.getContentType().hasRawClass(String.class)
                    && type.getRawClass().isAssignableFrom(java.util.LinkedHashMap.class);
            return textMap ? new ScalarsAsTextMapDeserializer() : null;
        }
    }
}
