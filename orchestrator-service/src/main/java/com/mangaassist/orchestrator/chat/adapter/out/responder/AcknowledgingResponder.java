package com.mangaassist.orchestrator.chat.adapter.out.responder;

import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.chat.domain.Reply;
import com.mangaassist.orchestrator.chat.domain.Responder;

/**
 * Interim responder: acknowledges the question in the customer's language without answering it.
 * It reports topic {@code general} and confidence 0, because it knows nothing; the answering pipeline
 * replaces it.
 */
public final class AcknowledgingResponder implements Responder {

    public static final String NAME = "acknowledging-responder-v0";
    private static final int QUOTE_LIMIT = 80;

    @Override
    public Reply respond(CustomerTurn turn) {
        String quoted = turn.text().length() > QUOTE_LIMIT ? turn.text().substring(0, QUOTE_LIMIT) + "…" : turn.text();
        String text = turn.language() == Language.JA
                ? "ご質問「" + quoted + "」を受け付けました。MangaAssist はまだ準備中のため、この段階では回答できません。"
                : "I received your question \"" + quoted
                        + "\". MangaAssist is still being set up and cannot answer it yet.";
        return new Reply(text, "general", 0.0, NAME);
    }
}
