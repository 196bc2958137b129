package com.mangaassist.feedback.intake.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sanitises a correction (scenario 2): removes links (URLs, bare {@code www.} hosts and bare domains),
 * competitor domains and brand names, and flags text that tries to instruct the model. Sanitising never
 * refuses: what it finds is recorded as exclusions, and the raw text is kept by the caller for audit.
 */
public final class CorrectionSanitiser {

    static final String LINK_REMOVED = "[link removed]";
    static final String COMPETITOR_REMOVED = "[competitor removed]";

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'　]+"
            + "|\\b[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*"
            + "\\.(?:com|net|org|jp|co|io|info|biz|shop|store|xyz|me|app|site|online)\\b(?:/[^\\s<>\"'　]*)?");

    /** Model-instruction attempts in English and Japanese; matched case-insensitively. */
    private static final List<Pattern> INSTRUCTIONS = List.of(
            Pattern.compile(
                    "(?i)\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|prompts?|rules|guidelines|above|previous)\\b"),
            Pattern.compile("(?i)\\bsystem\\s*(prompt|message|instructions?)\\b"),
            Pattern.compile(
                    "(?i)\\b(you are now|from now on you|act as|pretend (to be|you are)|role-?play|jailbreak|developer mode)\\b"),
            Pattern.compile("(?i)\\b(always|never) (recommend|mention|say|answer|tell)\\b"),
            Pattern.compile("(?i)\\bnew instructions?\\b"),
            Pattern.compile("(以前|前|上記|これまで)の(指示|命令|ルール).{0,6}(無視|忘れ)"),
            Pattern.compile("(指示|命令|ルール)を(無視|忘れ)"),
            Pattern.compile("システム\\s*プロンプト|プロンプトを(変更|無視|書き換え)"),
            Pattern.compile("(あなたは|君は)(今から|これから)|ふりをして|になりきって|ロールプレイ|役を演じ"));

    private final CorrectionPolicy policy;
    private final List<Pattern> domains;
    private final List<Pattern> brands;

    public CorrectionSanitiser(CorrectionPolicy policy) {
        this.policy = policy;
        this.domains = policy.competitorDomains().stream()
                .map(d -> Pattern.compile(Pattern.quote(d), Pattern.CASE_INSENSITIVE))
                .toList();
        this.brands = policy.competitorBrands().stream()
                .map(b -> Pattern.compile(Pattern.quote(b), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public CorrectionPolicy policy() {
        return policy;
    }

    public SanitisedCorrection sanitise(String raw) {
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        if (INSTRUCTIONS.stream().anyMatch(p -> p.matcher(raw).find())) {
            exclusions.add(Exclusion.INSTRUCTION_LIKE);
        }
        int links = 0;
        int competitors = 0;
        StringBuilder out = new StringBuilder();
        Matcher urls = URL.matcher(raw);
        int last = 0;
        while (urls.find()) {
            out.append(raw, last, urls.start());
            String link = urls.group().toLowerCase(java.util.Locale.ROOT);
            if (policy.competitorDomains().stream().anyMatch(link::contains)) {
                competitors++;
            }
            out.append(LINK_REMOVED);
            links++;
            last = urls.end();
        }
        out.append(raw.substring(last));
        String text = out.toString();
        for (Pattern domain : domains) {
            Matcher m = domain.matcher(text);
            if (m.find()) {
                competitors++;
                text = m.replaceAll(COMPETITOR_REMOVED);
            }
        }
        for (Pattern brand : brands) {
            Matcher m = brand.matcher(text);
            if (m.find()) {
                competitors++;
                text = m.replaceAll(COMPETITOR_REMOVED);
            }
        }
        if (competitors > 0) {
            exclusions.add(Exclusion.COMPETITOR_MENTION);
        }
        text = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ")
                .replaceAll("[ \\t]{2,}", " ")
                .strip();
        String withoutMarkers =
                text.replace(LINK_REMOVED, "").replace(COMPETITOR_REMOVED, "").strip();
        if (withoutMarkers.codePointCount(0, withoutMarkers.length()) < policy.minChars()) {
            exclusions.add(Exclusion.EMPTY_AFTER_SANITISING);
        }
        return new SanitisedCorrection(text, links, competitors, exclusions);
    }
}
