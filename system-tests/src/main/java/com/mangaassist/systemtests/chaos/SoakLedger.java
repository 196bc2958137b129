package com.mangaassist.systemtests.chaos;

import com.mangaassist.systemtests.review.CustomerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The total accounting of a soak: for every turn a customer started, the final outcomes that reached the
 * customer on any of their connections (an inbox item drained to a later connection arrives the same way).
 * Final kinds are {@code answer}, {@code reviewed_response}, {@code delayed_response} and {@code handoff};
 * acknowledgements and heartbeats are not final.
 *
 * <ul>
 *   <li><b>lost</b>: a turn with no final outcome at all;
 *   <li><b>shown twice</b>: a turn with final outcomes under two different messageIds (a re-sent turn the
 *       suite answered both times), or one messageId with two different final kinds — what a client that
 *       drops repeated messageIds would still show;
 *   <li><b>dropped below the customer</b>: the same final kind for the same messageId again (a re-post the
 *       client drops by messageId), counted and reported;
 *   <li><b>unattributed</b>: a final frame whose messageId no turn of the customer owns.
 * </ul>
 */
final class SoakLedger {

    static final Set<String> FINAL = Set.of("answer", "reviewed_response", "delayed_response", "handoff");

    /** One turn's accounting. */
    record Account(
            String customer, SoakCustomer.Turn turn, Map<String, List<String>> finalsByMessageId, String outcome) {

        boolean lost() {
            return finalsByMessageId.isEmpty();
        }

        boolean shownTwice() {
            return finalsByMessageId.size() > 1
                    || finalsByMessageId.values().stream()
                            .anyMatch(kinds -> kinds.stream().distinct().count() > 1);
        }

        long droppedBelow() {
            return finalsByMessageId.values().stream()
                    .mapToLong(kinds -> kinds.size() - kinds.stream().distinct().count())
                    .sum();
        }
    }

    private final List<Account> accounts = new ArrayList<>();
    private final Map<String, Long> unattributed = new TreeMap<>();

    /** Accounts every turn of every customer from the frames their connections received. */
    static SoakLedger of(List<SoakCustomer> customers) {
        SoakLedger ledger = new SoakLedger();
        for (SoakCustomer customer : customers) {
            ledger.add(customer);
        }
        return ledger;
    }

    private void add(SoakCustomer customer) {
        Map<String, String> owners = new HashMap<>(customer.owners());
        List<CustomerSocket.Received> frames = new ArrayList<>();
        for (CustomerSocket socket : customer.sockets()) {
            frames.addAll(socket.received());
        }
        frames.sort((a, b) -> Long.compare(a.arrivedNanos(), b.arrivedNanos()));
        for (CustomerSocket.Received frame : frames) {
            String clientMessageId = frame.text("clientMessageId");
            if (clientMessageId != null && frame.messageId() != null) {
                owners.putIfAbsent(frame.messageId(), clientMessageId);
            }
        }
        Map<String, Map<String, List<String>>> finals = new HashMap<>();
        for (CustomerSocket.Received frame : frames) {
            if (frame.type() == null || !FINAL.contains(frame.type())) {
                continue;
            }
            String owner = frame.messageId() == null ? null : owners.get(frame.messageId());
            if (owner == null) {
                unattributed.merge(frame.type(), 1L, Long::sum);
                continue;
            }
            finals.computeIfAbsent(owner, k -> new LinkedHashMap<>())
                    .computeIfAbsent(frame.messageId(), k -> new ArrayList<>())
                    .add(frame.type());
        }
        for (SoakCustomer.Turn turn : customer.turns()) {
            Map<String, List<String>> mine = finals.getOrDefault(turn.clientMessageId, Map.of());
            String outcome =
                    mine.isEmpty() ? "LOST" : mine.values().iterator().next().get(0);
            accounts.add(new Account(customer.name(), turn, mine, outcome));
        }
    }

    List<Account> accounts() {
        return List.copyOf(accounts);
    }

    List<Account> lost() {
        return accounts.stream().filter(Account::lost).toList();
    }

    List<Account> shownTwice() {
        return accounts.stream().filter(Account::shownTwice).toList();
    }

    long droppedBelow() {
        return accounts.stream().mapToLong(Account::droppedBelow).sum();
    }

    Map<String, Long> unattributed() {
        return Map.copyOf(unattributed);
    }

    long unattributedTotal() {
        return unattributed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Turns by their first final outcome (LOST for none). */
    Map<String, Long> outcomes() {
        Map<String, Long> outcomes = new TreeMap<>();
        accounts.forEach(a -> outcomes.merge(a.outcome(), 1L, Long::sum));
        return outcomes;
    }

    /** Turns that had to be sent more than once, by number of attempts. */
    Map<Integer, Long> attempts() {
        Map<Integer, Long> attempts = new TreeMap<>();
        accounts.forEach(a -> attempts.merge(a.turn().attempts, 1L, Long::sum));
        return attempts;
    }
}
