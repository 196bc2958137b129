package com.mangaassist.model.delivery;

/**
 * The disclaimer attached to an AI answer that no person has checked (review timeout, failure,
 * auto-delivery of aged low-priority reviews, watchdog fallback). The review state machine carries
 * the same two strings; {@code ReviewWorkflowDefinitionTest} in {@code infra} keeps them equal.
 */
public final class Disclaimers {

    public static final String UNREVIEWED =
            "This answer was prepared by our AI assistant and has not been checked by a member of staff yet."
                    + " Please verify prices and stock before ordering.";

    public static final String UNREVIEWED_JA = "この回答はAIアシスタントが作成したもので、まだスタッフによる確認が済んでいません。" + "ご注文の前に価格と在庫をご確認ください。";

    /** Added in front of a late answer sent by email or kept in the inbox. */
    public static final String APOLOGY = "We are sorry this answer took longer than we promised.";

    public static final String APOLOGY_JA = "お約束の時間内に回答できず、申し訳ございません。";

    private Disclaimers() {}
}
