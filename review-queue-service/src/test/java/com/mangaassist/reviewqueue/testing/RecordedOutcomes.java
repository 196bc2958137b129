package com.mangaassist.reviewqueue.testing;

import com.mangaassist.reviewqueue.task.domain.ReviewOutcome;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcomes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Outcomes kept in a list. */
public final class RecordedOutcomes implements ReviewOutcomes {

    private final List<ReviewOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(ReviewOutcome outcome) {
        outcomes.add(outcome);
    }

    public List<ReviewOutcome> all() {
        return List.copyOf(outcomes);
    }
}
