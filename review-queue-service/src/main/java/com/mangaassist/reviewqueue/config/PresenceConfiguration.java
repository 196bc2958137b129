package com.mangaassist.reviewqueue.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.reviewqueue.presence.adapter.out.dynamodb.DynamoDbRoster;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.domain.Roster;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Reviewer presence: the roster table and the staffing policy. */
@Configuration(proxyBeanMethods = false)
class PresenceConfiguration {

    @Bean
    StaffingPolicy staffingPolicy(ReviewProperties properties) {
        ReviewProperties.Presence p = properties.presence();
        return new StaffingPolicy(
                p.activeWithin(), ZoneId.of(p.zone()), p.peakStart(), p.peakEnd(), p.peakMinimum(), p.offPeakMinimum());
    }

    @Bean
    Roster roster(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbRoster(dynamoDb, names.table(Resources.REVIEWERS));
    }

    @Bean
    ReviewerPresence reviewerPresence(Roster roster, ReviewTasks tasks, StaffingPolicy staffing, Clock clock) {
        return new ReviewerPresence(roster, tasks, staffing, clock);
    }
}
