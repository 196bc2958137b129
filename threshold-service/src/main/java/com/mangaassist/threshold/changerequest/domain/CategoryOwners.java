package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Set;

/** Which categories a person owns (port). */
public interface CategoryOwners {

    Set<TopicCategory> ownedBy(String userId);
}
