package org.groundtruth.review;

import static org.groundtruth.incident.IncidentStatus.DRAFT;
import static org.groundtruth.incident.IncidentStatus.IN_REVIEW;
import static org.groundtruth.incident.IncidentStatus.PUBLISHED;
import static org.groundtruth.incident.IncidentStatus.RETRACTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.groundtruth.account.Role;
import org.groundtruth.incident.IncidentStatus;

/**
 * Who may move an incident from one review status to another. Admins may make every allowed move; nothing skips
 * review (a draft is never published directly), and a retraction needs a reason.
 * <pre>
 * draft      -> in_review   investigator         (submit)
 * in_review  -> draft       investigator, reviewer (withdraw / send back)
 * in_review  -> published   reviewer             (sign-off)
 * published  -> retracted   reviewer             (retract, reason required)
 * retracted  -> draft       investigator         (reopen)
 * </pre>
 */
public final class ReviewRules {
    /** One allowed move and the roles (besides admin) that may make it. */
    public record Move(IncidentStatus from, IncidentStatus to, String verb, Set<Role> roles, boolean reasonRequired) {
    }

    public static final List<Move> MOVES = List.of(
            new Move(DRAFT, IN_REVIEW, "submit", EnumSet.of(Role.INVESTIGATOR), false),
            new Move(IN_REVIEW, DRAFT, "send-back", EnumSet.of(Role.INVESTIGATOR, Role.REVIEWER), false),
            new Move(IN_REVIEW, PUBLISHED, "publish", EnumSet.of(Role.REVIEWER), false),
            new Move(PUBLISHED, RETRACTED, "retract", EnumSet.of(Role.REVIEWER), true),
            new Move(RETRACTED, DRAFT, "reopen", EnumSet.of(Role.INVESTIGATOR), false));

    private ReviewRules() {
    }

    public static Optional<Move> move(IncidentStatus from, IncidentStatus to) {
        return MOVES.stream().filter(m -> m.from() == from && m.to() == to).findFirst();
    }

    public static boolean mayMove(Role role, Move move) {
        return role == Role.ADMIN || move.roles().contains(role);
    }

    /**
     * The statuses from which {@code role} may move an incident to {@code to} (null role: a system actor, every move
     * the workflow has). A bulk review moves the selected incidents in these and leaves the others.
     */
    public static java.util.Set<IncidentStatus> sourcesOf(IncidentStatus to, Role role) {
        java.util.Set<IncidentStatus> out = EnumSet.noneOf(IncidentStatus.class);
        for (Move m : MOVES) if (m.to() == to && (role == null || mayMove(role, m))) out.add(m.from());
        return out;
    }

    /** The moves this role may make from this status (for the buttons on the incident page). */
    public static List<Move> movesFrom(IncidentStatus from, Role role) {
        return MOVES.stream().filter(m -> m.from() == from && mayMove(role, m)).toList();
    }

    /**
     * Checks a move; the answer is empty when allowed, else why not. {@code role} null is a system actor (the demo,
     * a migration) and may make every allowed move.
     */
    public static Optional<String> check(IncidentStatus from, IncidentStatus to, Role role, String reason) {
        Optional<Move> m = move(from, to);
        if (m.isEmpty()) return Optional.of("an incident cannot go from " + code(from) + " to " + code(to));
        if (role != null && !mayMove(role, m.get())) {
            return Optional.of("a " + role.code() + " may not " + m.get().verb() + " an incident (" + code(from) + " to " + code(to) + ")");
        }
        if (m.get().reasonRequired() && (reason == null || reason.isBlank())) return Optional.of("to " + m.get().verb() + " an incident, give a reason");
        return Optional.empty();
    }

    public static String code(IncidentStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<IncidentStatus> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (IncidentStatus s : IncidentStatus.values()) if (s.name().equals(t)) return Optional.of(s);
        return Optional.empty();
    }
}
