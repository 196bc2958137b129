package com.mangaassist.common.paging;

import java.util.List;
import software.amazon.awssdk.services.sns.SnsClient;

/** Pages through an SNS topic the on-call rotation subscribes to (PagerDuty, SMS, email). */
public final class SnsPager implements Pager {

    private static final int MAX_SUBJECT = 100;

    private final SnsClient sns;
    private final String topicArn;

    public SnsPager(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void page(Page page) {
        String subject =
                page.subject().length() > MAX_SUBJECT ? page.subject().substring(0, MAX_SUBJECT) : page.subject();
        sns.publish(b -> b.topicArn(topicArn).subject(subject).message(page.message() + "\n\nat " + page.at()));
    }

    @Override
    public List<Page> recent() {
        return List.of();
    }
}
