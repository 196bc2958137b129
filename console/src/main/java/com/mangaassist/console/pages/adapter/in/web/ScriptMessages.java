package com.mangaassist.console.pages.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labels of the console's message bundles ({@code messages/<page>[_ja].properties}) in one language, for the
 * pages' scripts; the templates read the same bundles through Spring's message source.
 */
public final class ScriptMessages {

    private final List<String> bundles;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Locale, String> cache = new ConcurrentHashMap<>();

    public ScriptMessages(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** The labels as one JSON object, key to text. */
    public String json(Locale locale) {
        Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
        return cache.computeIfAbsent(language, l -> JSON.writeValueAsString(load(l)));
    }

    private Map<String, String> load(Locale language) {
        Map<String, String> messages = new TreeMap<>();
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String bundle : bundles) {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, language, noFallback);
            resources.keySet().forEach(key -> messages.put(key, resources.getString(key)));
        }
        return Map.copyOf(messages);
    }
}
