package com.mangaassist.threshold.audit.adapter.in.web;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/oncall/pages} (on-call): the breaker's pages this instance sent (recorded pager; empty with SNS). */
@RestController
public class PagesController {

    private final Pager pager;

    public PagesController(Pager pager) {
        this.pager = pager;
    }

    @GetMapping("/api/oncall/pages")
    public List<Page> pages() {
        return pager.recent();
    }
}
