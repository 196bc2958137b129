package com.mangaassist.localaws.ses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The accepted mails, oldest first; beyond {@link #CAPACITY} the oldest are dropped. */
final class Outbox {

    static final int CAPACITY = 10_000;

    private final Deque<SentEmail> mails = new ArrayDeque<>();

    synchronized void add(SentEmail mail) {
        if (mails.size() == CAPACITY) {
            mails.removeFirst();
        }
        mails.addLast(mail);
    }

    synchronized List<SentEmail> all() {
        return List.copyOf(mails);
    }

    synchronized void clear() {
        mails.clear();
    }
}
