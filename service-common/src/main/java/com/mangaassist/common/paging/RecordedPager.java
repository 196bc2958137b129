package com.mangaassist.common.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The local pager: keeps the last pages in memory (shown at {@code GET /api/oncall/pages}) and logs them. */
public final class RecordedPager implements Pager {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedPager.class);
    private static final int KEEP = 200;

    private final Deque<Page> pages = new ArrayDeque<>();

    @Override
    public synchronized void page(Page page) {
        LOG.warn("PAGE {}: {}", page.subject(), page.message());
        pages.addLast(page);
        while (pages.size() > KEEP) {
            pages.removeFirst();
        }
    }

    @Override
    public synchronized List<Page> recent() {
        return List.copyOf(pages);
    }
}
