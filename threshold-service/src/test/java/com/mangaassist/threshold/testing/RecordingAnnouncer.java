package com.mangaassist.threshold.testing;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import java.util.ArrayList;
import java.util.List;

/** Announcements, recorded. */
public final class RecordingAnnouncer implements ChangeAnnouncer {

    public final List<String> announced = new ArrayList<>();

    @Override
    public synchronized void thresholdsChanged(TopicCategory category) {
        announced.add("thresholds:" + category.code());
    }

    @Override
    public synchronized void promptChanged(String promptId) {
        announced.add("prompt:" + promptId);
    }
}
