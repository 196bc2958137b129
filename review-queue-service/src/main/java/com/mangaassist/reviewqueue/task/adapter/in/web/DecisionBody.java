package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.mangaassist.reviewqueue.task.domain.ReviewDecision;

/** {@code {"decision": "APPROVE"|"EDIT"|"REJECT", "editedResponse": "...", "notes": "..."}}. */
public record DecisionBody(ReviewDecision decision, String editedResponse, String notes) {}
