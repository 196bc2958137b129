package com.mangaassist.threshold.changerequest.adapter.out.config;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.CategoryOwners;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Category owners as configured ({@code mangaassist.threshold.category-owners}: category code → user ids).
 * Ownership is a business assignment that changes rarely and must be reviewed like code, so it lives in
 * configuration rather than in a token claim a mis-set group could grant.
 */
public final class ConfiguredCategoryOwners implements CategoryOwners {

    private final Map<TopicCategory, List<String>> owners;

    public ConfiguredCategoryOwners(Map<TopicCategory, List<String>> owners) {
        this.owners = Map.copyOf(owners);
    }

    @Override
    public Set<TopicCategory> ownedBy(String userId) {
        Set<TopicCategory> owned = EnumSet.noneOf(TopicCategory.class);
        owners.forEach((category, users) -> {
            if (users.contains(userId)) {
                owned.add(category);
            }
        });
        return owned;
    }
}
