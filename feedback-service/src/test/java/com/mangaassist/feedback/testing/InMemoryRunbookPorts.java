package com.mangaassist.feedback.testing;

import com.mangaassist.common.runbook.AuditEntry;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.feedback.improvement.domain.ChangeRequests;
import com.mangaassist.feedback.improvement.domain.FreezeState;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.feedback.improvement.domain.PromptProposal;
import com.mangaassist.feedback.provenance.domain.ReputationStanding;
import com.mangaassist.feedback.provenance.domain.Reputations;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoints;
import com.mangaassist.feedback.runbook.domain.QuarantineState;
import com.mangaassist.feedback.runbook.domain.QuarantineSubjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory fakes of the runbook, improvement and reputation ports. */
public final class InMemoryRunbookPorts {

    private InMemoryRunbookPorts() {}

    /** Keeps every entry in order. */
    public static final class Audit implements AuditLog {
        public final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void append(AuditEntry entry) {
            entries.add(entry);
        }
    }

    /** The first result per key wins. */
    public static final class Results implements RunbookResults {
        public final Map<String, RunbookResult> stored = new HashMap<>();

        @Override
        public Optional<RunbookResult> find(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void save(String key, RunbookResult result) {
            stored.putIfAbsent(key, result);
        }
    }

    /** Quarantine items by subject. */
    public static final class Subjects implements QuarantineSubjects {
        public final Map<String, QuarantineState> items = new HashMap<>();

        @Override
        public Optional<QuarantineState> find(String subject) {
            return Optional.ofNullable(items.get(subject));
        }

        @Override
        public void save(QuarantineState state) {
            items.put(state.subject(), state);
        }
    }

    /** Checkpoints by job id, with every save kept. */
    public static final class Checkpoints implements BackfillCheckpoints {
        public final Map<String, BackfillCheckpoint> items = new HashMap<>();
        public int saves;

        @Override
        public Optional<BackfillCheckpoint> find(String jobId) {
            return Optional.ofNullable(items.get(jobId));
        }

        @Override
        public void save(BackfillCheckpoint checkpoint) {
            saves++;
            items.put(checkpoint.jobId(), checkpoint);
        }
    }

    /** The freeze flag. */
    public static final class Freeze implements PipelineFreeze {
        public FreezeState state;

        @Override
        public Optional<FreezeState> current() {
            return Optional.ofNullable(state);
        }

        @Override
        public void set(FreezeState state) {
            this.state = state;
        }
    }

    /** Stored proposals. */
    public static final class Proposals implements ChangeRequests {
        public final List<PromptProposal> stored = new ArrayList<>();

        @Override
        public void propose(PromptProposal proposal) {
            stored.add(proposal);
        }

        @Override
        public List<PromptProposal> proposals(int limit) {
            return stored.stream()
                    .sorted(Comparator.comparing(PromptProposal::createdAt).reversed())
                    .limit(limit)
                    .toList();
        }
    }

    /** Reputation counts, idempotent per feedback id like the table. */
    public static final class InMemoryReputations implements Reputations {
        private final Map<String, ReputationStanding> standings = new HashMap<>();
        private final Set<String> counted = new HashSet<>();

        @Override
        public ReputationStanding find(String userId) {
            return standings.getOrDefault(userId, ReputationStanding.none(userId));
        }

        @Override
        public void count(String userId, String feedbackId, boolean agreed, String evidence) {
            if (!counted.add(feedbackId)) {
                return;
            }
            ReputationStanding s = find(userId);
            List<String> lines = new ArrayList<>(s.recentEvidence());
            lines.add(evidence);
            standings.put(
                    userId,
                    new ReputationStanding(
                            userId,
                            s.agreements() + (agreed ? 1 : 0),
                            s.disagreements() + (agreed ? 0 : 1),
                            lines,
                            null));
        }
    }
}
