package com.mangaassist.common.paging;

import java.util.List;

/** Pages the on-call and backup reviewers (port; SNS in AWS, a recorded list locally). */
public interface Pager {

    void page(Page page);

    /** Pages sent recently, newest last, as far as this pager can tell (empty if it cannot). */
    List<Page> recent();
}
