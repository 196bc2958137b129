package com.mangaassist.console.pages.adapter.in.web;

import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import com.mangaassist.console.signin.domain.ConsoleUser;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in ({@code me}), the language and the labels scripts use. */
@ControllerAdvice
public class ConsoleModel {

    private final ScriptMessages scriptMessages;

    public ConsoleModel(ScriptMessages scriptMessages) {
        this.scriptMessages = scriptMessages;
    }

    @ModelAttribute("me")
    public ConsoleUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof TokenAuthentication token ? token.user() : null;
    }

    @ModelAttribute("lang")
    public String lang() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.JAPANESE.getLanguage()) ? "ja" : "en";
    }

    /**
     * Every label of the console in the page's language, as JSON for its scripts ({@code Console.t(key)}), put in the
     * body's {@code data-messages} attribute (no inline script: the Content-Security-Policy allows none).
     */
    @ModelAttribute("scriptMessagesJson")
    public String scriptMessagesJson() {
        return scriptMessages.json(LocaleContextHolder.getLocale());
    }
}
