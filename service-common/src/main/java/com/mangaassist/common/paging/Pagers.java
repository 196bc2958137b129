package com.mangaassist.common.paging;

import com.mangaassist.common.aws.AwsClientConfigurer;
import software.amazon.awssdk.services.sns.SnsClient;

/** The pager a service's settings ask for: {@code recorded} (in memory, logged) or {@code sns} (a topic). */
public final class Pagers {

    private Pagers() {}

    /**
     * @param pager {@code recorded} or {@code sns}
     * @param topicArn the topic, required with {@code sns}
     * @param settingPrefix the settings' prefix, for the error message ({@code mangaassist.review.paging})
     */
    public static Pager of(String pager, String topicArn, AwsClientConfigurer configurer, String settingPrefix) {
        if ("recorded".equals(pager)) {
            return new RecordedPager();
        }
        if (!"sns".equals(pager)) {
            throw new IllegalStateException(settingPrefix + ".pager must be recorded or sns, not " + pager);
        }
        if (topicArn == null || topicArn.isBlank()) {
            throw new IllegalStateException(settingPrefix + ".topic-arn is required with pager sns");
        }
        return new SnsPager(configurer.configure(SnsClient.builder(), "sns").build(), topicArn);
    }
}
