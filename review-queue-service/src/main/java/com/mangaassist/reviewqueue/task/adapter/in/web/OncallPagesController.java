package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/oncall/pages}: the pages this instance sent (the local recorded pager; empty with SNS). */
@RestController
public class OncallPagesController {

    private final Pager pager;

    public OncallPagesController(Pager pager) {
        this.pager = pager;
    }

    @GetMapping("/api/oncall/pages")
    public PageList pages() {
        List<PageView> pages = pager.recent().stream()
                .map(p -> new PageView(p.subject(), p.message(), p.at().toString()))
                .toList();
        return new PageList(pages, pages.size());
    }

    /** A page as shown. */
    public record PageView(String subject, String message, String at) {
        static PageView of(Page page) {
            return new PageView(page.subject(), page.message(), page.at().toString());
        }
    }

    /** The recent pages. */
    public record PageList(List<PageView> pages, int count) {}
}
