package com.mangaassist.orchestrator.chat.domain;

import java.util.Optional;

/** The languages the chat answers in. */
public enum Language {
    JA("ja"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Japanese when the text contains kana or CJK ideographs, English otherwise. */
    public static Language detect(String text) {
        return text.codePoints().anyMatch(Language::isJapanese) ? JA : EN;
    }

    private static boolean isJapanese(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }
}
