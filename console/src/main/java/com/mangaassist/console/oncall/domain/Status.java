package com.mangaassist.console.oncall.domain;

import java.util.Locale;

/** How a checklist step stands: nothing to do, look closer, or act (a runbook is recommended). */
public enum Status {
    OK,
    ATTENTION,
    ACT;

    /** The worse of two statuses. */
    public Status max(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** As the API writes it: {@code ok}, {@code attention}, {@code act}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
