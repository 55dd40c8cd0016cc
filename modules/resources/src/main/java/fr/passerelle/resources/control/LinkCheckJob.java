package fr.passerelle.resources.control;

import fr.passerelle.kernel.jobs.ScheduledJob;
import fr.passerelle.resources.entity.CheckedLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Checks the external and producer links of published resources, a bounded number per run: never checked
 * first, then the oldest verdicts (broken ones again after a day, working ones after a week). Hosts are
 * taken in turn so that politeness pauses overlap. Each verdict is stored as soon as it is known.
 */
@ApplicationScoped
public class LinkCheckJob implements ScheduledJob {

    public static final String NAME = "resources-link-check";
    private static final Logger LOG = Logger.getLogger(LinkCheckJob.class.getName());

    @Inject
    LinkRepository links;

    @Inject
    Clock clock;

    private final LinkCheckSettings settings = LinkCheckSettings.fromEnvironment();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration period() {
        return settings.period();
    }

    @Override
    public void run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> due = due(now);
        if (due.isEmpty()) {
            return;
        }
        LinkProbe probe = new LinkProbe(settings.timeout(), settings.maxRedirects(),
                new HostPacing(settings.hostDelayMillis()));
        int broken = 0;
        for (String url : due) {
            LinkVerdict verdict = probe.check(url);
            links.record(url, verdict, OffsetDateTime.now(clock));
            broken += verdict.broken() ? 1 : 0;
        }
        int brokenCount = broken;
        LOG.info(() -> "Vérification des liens : " + due.size() + " adresse(s) vérifiée(s), " + brokenCount
                + " inaccessible(s)");
    }

    /** The addresses to check in this run, in the order to check them. */
    List<String> due(OffsetDateTime now) {
        var urls = links.publishedLinks().stream().filter(u -> settings.allows(host(u))).toList();
        Map<String, CheckedLink> checks = links.checks(urls);
        List<String> due = new ArrayList<>(urls.stream().filter(u -> isDue(checks.get(u), now)).toList());
        due.sort(Comparator.comparing(u -> checks.containsKey(u) ? checks.get(u).getCheckedAt() : null,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return interleaveHosts(due.subList(0, Math.min(due.size(), settings.maxPerRun())));
    }

    private boolean isDue(CheckedLink check, OffsetDateTime now) {
        if (check == null) {
            return true;
        }
        Duration age = check.isBroken() ? settings.recheckBrokenAfter() : settings.recheckAfter();
        return !check.getCheckedAt().plus(age).isAfter(now);
    }

    static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Round-robin over hosts, keeping each host's order: a.fr, b.fr, a.fr… rather than a.fr, a.fr, b.fr. */
    static List<String> interleaveHosts(List<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        urls.forEach(u -> byHost.computeIfAbsent(String.valueOf(host(u)), h -> new ArrayDeque<>()).add(u));
        List<String> out = new ArrayList<>();
        while (out.size() < urls.size()) {
            for (Deque<String> queue : byHost.values()) {
                if (!queue.isEmpty()) {
                    out.add(queue.poll());
                }
            }
        }
        return out;
    }
}
