package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The live setup of a domain next to a draft made for it: which parts differ, and which changes
 * would weaken the protection senders give today. A check of the live setup says nothing about a
 * draft that is not published yet, so both faces say which one they checked from this.
 *
 * @param live        what the domain publishes today
 * @param draftId     the policy id the draft's {@code _mta-sts} record carries
 * @param draft       the policy the draft describes
 * @param draftRua    the draft's reporting URIs (empty: the draft has no TLSRPT record)
 * @param differences every part where live and draft differ, in {@link Aspect} order
 */
public record SetupComparison(
        PublishedSetup live, String draftId, Policy draft, List<String> draftRua, List<Difference> differences) {

    /** A part of the setup that can differ. */
    public enum Aspect {
        /** The {@code id} of the {@code _mta-sts} record: senders re-fetch the policy only when it changes (RFC 8461 §3.1). */
        STS_ID("policy id"),
        /** The policy's {@code mode} (RFC 8461 §5). */
        MODE("mode"),
        /** The policy's {@code mx} patterns, compared as a set (RFC 8461 §3.2 gives them no order). */
        MX("mx"),
        /** The policy's {@code max_age}. */
        MAX_AGE("max_age"),
        /** The TLSRPT record's {@code rua} (RFC 8460 §3). */
        TLSRPT_RUA("TLS report addresses");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        /** A few words for people, e.g. {@code policy id}. */
        public String label() {
            return label;
        }
    }

    /** One part that differs; {@code live} is "(none)" when nothing is published for it. */
    public record Difference(Aspect aspect, String live, String draft) {
        /** E.g. {@code mode: live enforce, draft testing}. */
        public String describe() {
            return aspect.label() + ": live " + live + ", draft " + draft;
        }
    }

    /** How the live setup relates to the draft. */
    public enum State {
        /** The domain publishes no MTA-STS record and no policy. */
        NOTHING_LIVE,
        /** Everything the draft publishes is live. */
        DRAFT_LIVE,
        /** Something is live, but not the draft (or only part of it). */
        OTHER_SETUP_LIVE
    }

    /** What changes when a draft replaces a live policy and makes senders protect less. */
    public enum WeakeningKind {
        /** enforce to testing or none, or testing to none (RFC 8461 §5). */
        MODE_DOWNGRADE,
        /** A live {@code mx} pattern is missing from the draft (RFC 8461 §4.1). */
        MX_DROPPED,
        /** The draft's max_age is shorter, so senders forget the policy sooner (RFC 8461 §3.2). */
        MAX_AGE_SHORTER
    }

    /** One weakening, in words a domain owner understands. */
    public record Weakening(WeakeningKind kind, String message) {}

    public SetupComparison {
        differences = List.copyOf(differences);
        draftRua = List.copyOf(draftRua);
    }

    /** Compares what is live with the artifacts of a draft. */
    public static SetupComparison compare(PublishedSetup live, SetupArtifacts draft) {
        return compare(
                live,
                draft.policyId(),
                draft.request().policy(),
                draft.request().ruaUris());
    }

    /** Compares what is live with a draft given by its parts. */
    public static SetupComparison compare(PublishedSetup live, String draftId, Policy draft, List<String> draftRua) {
        List<Difference> d = new ArrayList<>();
        if (!draftId.equals(live.stsId())) {
            d.add(new Difference(Aspect.STS_ID, orNone(live.stsId()), draftId));
        }
        Policy p = live.policy();
        if (p == null || p.mode() != draft.mode()) {
            d.add(new Difference(
                    Aspect.MODE,
                    p == null ? "(none)" : p.mode().token(),
                    draft.mode().token()));
        }
        if (p == null || !patterns(p).equals(patterns(draft))) {
            d.add(new Difference(Aspect.MX, p == null ? "(none)" : mxText(p), mxText(draft)));
        }
        if (p == null || p.maxAgeSeconds() != draft.maxAgeSeconds()) {
            d.add(new Difference(
                    Aspect.MAX_AGE, p == null ? "(none)" : p.maxAgeSeconds() + " s", draft.maxAgeSeconds() + " s"));
        }
        if (!Set.copyOf(live.ruaUris()).equals(Set.copyOf(draftRua))) {
            d.add(new Difference(Aspect.TLSRPT_RUA, listText(live.ruaUris()), listText(draftRua)));
        }
        return new SetupComparison(live, draftId, draft, draftRua, d);
    }

    public State state() {
        if (live.nothingLive()) {
            return State.NOTHING_LIVE;
        }
        return differences.isEmpty() ? State.DRAFT_LIVE : State.OTHER_SETUP_LIVE;
    }

    /** True when {@code aspect} differs. */
    public boolean differs(Aspect aspect) {
        return differences.stream().anyMatch(x -> x.aspect() == aspect);
    }

    /**
     * The changes that would make senders protect the domain less than the live policy does:
     * a lower mode, dropped mx patterns, a shorter max_age. Empty when no policy is live.
     */
    public List<Weakening> weakenings() {
        return weakenings(live.policy(), draft);
    }

    /** The weakenings of replacing {@code live} (null: nothing live) with {@code draft}. */
    public static List<Weakening> weakenings(Policy live, Policy draft) {
        List<Weakening> out = new ArrayList<>();
        if (live == null) {
            return out;
        }
        if (strength(draft.mode()) < strength(live.mode())) {
            String what = draft.mode() == Mode.NONE
                    ? "senders stop applying MTA-STS to your domain"
                    : "senders deliver even when TLS to your MX hosts fails, and only report it";
            out.add(new Weakening(
                    WeakeningKind.MODE_DOWNGRADE,
                    "The live policy is in mode " + live.mode().token() + "; this draft lowers it to "
                            + draft.mode().token() + ": " + what + "."));
        }
        if (draft.mode() != Mode.NONE) {
            Set<String> kept = patterns(draft);
            List<String> dropped = live.mx().stream()
                    .map(MxPattern::toString)
                    .filter(x -> !kept.contains(x.toLowerCase(Locale.ROOT)))
                    .toList();
            if (!dropped.isEmpty()) {
                out.add(new Weakening(
                        WeakeningKind.MX_DROPPED,
                        "The live policy lists mx " + String.join(", ", dropped) + "; this draft drops "
                                + (dropped.size() == 1 ? "it" : "them")
                                + ": in enforce mode senders refuse mail to an MX host no pattern matches."));
            }
        }
        if (draft.mode() != Mode.NONE && draft.maxAgeSeconds() < live.maxAgeSeconds()) {
            out.add(new Weakening(
                    WeakeningKind.MAX_AGE_SHORTER,
                    "The live policy has max_age " + live.maxAgeSeconds() + " s; this draft shortens it to "
                            + draft.maxAgeSeconds() + " s: senders forget the policy sooner."));
        }
        return out;
    }

    private static int strength(Mode m) {
        return switch (m) {
            case ENFORCE -> 2;
            case TESTING -> 1;
            case NONE -> 0;
        };
    }

    private static Set<String> patterns(Policy p) {
        Set<String> s = new LinkedHashSet<>();
        p.mx().forEach(x -> s.add(x.toString().toLowerCase(Locale.ROOT)));
        return s;
    }

    private static String mxText(Policy p) {
        return p.mx().isEmpty()
                ? "(none)"
                : String.join(", ", p.mx().stream().map(MxPattern::toString).toList());
    }

    private static String listText(List<String> l) {
        return l.isEmpty() ? "(none)" : String.join(", ", l);
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }
}
