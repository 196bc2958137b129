package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;
import java.util.Set;

/** Who asks to approve or reject: their id, whether they are an ML lead, and the categories they own. */
public record Approver(String userId, boolean mlLead, Set<TopicCategory> ownedCategories) {

    public Approver {
        Objects.requireNonNull(userId, "userId");
        ownedCategories = Set.copyOf(ownedCategories);
    }
}
