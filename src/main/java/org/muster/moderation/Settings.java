package org.muster.moderation;

import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Moderation settings, spam phrases, the community guidelines and champions' review tags. */
@Service
@NamedInterface("api")
public class Settings {

    static final String GUIDELINES = "guidelines";
    private static final String DEFAULT_GUIDELINES = """
            ## Be helpful and kind
            Answer the question that was asked, explain why your answer works, and assume good intent.

            ## Keep it safe
            Never post passwords, API keys, order details or other personal data; Muster masks what it finds.

            ## Keep it clean
            No spam, no advertising, no abuse. Flag what breaks these rules; moderators review every flag.
            """;

    private final SettingsRepository repository;
    private final Markdown markdown;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    Settings(SettingsRepository repository, Markdown markdown, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.markdown = markdown;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ModerationSettings current() {
        var numbers = new HashMap<String, Integer>();
        repository.all().forEach((name, value) -> {
            if (ModerationSettings.DEFAULTS.containsKey(name)) numbers.put(name, Integer.parseInt(value));
        });
        return ModerationSettings.of(numbers);
    }

    /** Changes some thresholds; unknown names and values below zero are refused. */
    @Transactional
    public ModerationSettings change(Actor actor, Map<String, Integer> values) {
        actor.require(Role.ADMIN);
        var before = current();
        for (var entry : values.entrySet()) {
            if (!ModerationSettings.DEFAULTS.containsKey(entry.getKey()))
                throw new Invalid(entry.getKey(), "moderation.settings.unknown", entry.getKey());
            if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > 100_000)
                throw new Invalid(entry.getKey(), "moderation.settings.range", entry.getKey());
        }
        values.forEach((name, value) -> repository.put(name, String.valueOf(value), actor.memberId()));
        var after = current();
        audit.record(actor.memberId(), "settings-change", "settings", 0, "", before, after);
        events.publishEvent(new ModerationSettingsChanged(List.copyOf(new java.util.TreeSet<>(values.keySet())), actor.memberId()));
        return after;
    }

    @Transactional(readOnly = true)
    public String guidelines() {
        return repository.find(GUIDELINES).orElse(DEFAULT_GUIDELINES);
    }

    @Transactional(readOnly = true)
    public String guidelinesHtml() {
        return markdown.toHtml(guidelines());
    }

    @Transactional
    public void editGuidelines(Actor actor, String text) {
        actor.require(Role.ADMIN);
        var body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 50_000) throw new Invalid("text", "moderation.guidelines.length");
        repository.put(GUIDELINES, body, actor.memberId());
        audit.record(actor.memberId(), "guidelines-edit", "settings", 0, "", null, Map.of("characters", body.length()));
        events.publishEvent(new GuidelinesEdited(actor.memberId()));
    }

    @Transactional(readOnly = true)
    public List<String> spamPhrases(Actor actor) {
        actor.require(Role.MODERATOR);
        return repository.phrases();
    }

    @Transactional
    public void addSpamPhrase(Actor actor, String phrase) {
        actor.require(Role.ADMIN);
        var normalized = phrase == null ? "" : phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!InputText.fits(normalized, 3, 200)) throw new Invalid("phrase", "moderation.phrase.length");
        if (repository.addPhrase(normalized, actor.memberId())) {
            audit.record(actor.memberId(), "spam-phrase-add", "settings", 0, normalized, null, null);
            events.publishEvent(new SpamPhraseAdded(actor.memberId()));
        }
    }

    @Transactional
    public void removeSpamPhrase(Actor actor, String phrase) {
        actor.require(Role.ADMIN);
        var normalized = phrase == null ? "" : phrase.strip().toLowerCase(Locale.ROOT);
        if (repository.removePhrase(normalized)) {
            audit.record(actor.memberId(), "spam-phrase-remove", "settings", 0, normalized, null, null);
            events.publishEvent(new SpamPhraseRemoved(actor.memberId()));
        }
    }

    @Transactional(readOnly = true)
    public List<String> championTags(Actor actor, long memberId) {
        actor.require(Role.MODERATOR);
        return repository.championTags(memberId);
    }

    /**
     * Champions' tags by member, the one store of them: review routing here and the verified-expert
     * labels of recognition read the same rows. Tag names only; callers show a reader those he may read.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> championTags(Collection<Long> memberIds) {
        return repository.championTags(memberIds);
    }

    @Transactional
    public List<String> setChampionTags(Actor actor, long memberId, List<String> tags) {
        actor.require(Role.ADMIN);
        var clean = tags == null ? List.<String>of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
        repository.replaceChampionTags(memberId, clean);
        audit.record(actor.memberId(), "champion-tags", "member", memberId, "", null, Map.of("tags", clean));
        events.publishEvent(new ReviewTagsAssigned(memberId, clean, actor.memberId()));
        return clean;
    }

    /** The champions program sets a champion's review tags with the term; it has checked who may. */
    @Transactional
    public void assignReviewTags(long memberId, List<String> tags, Long decidedBy) {
        repository.replaceChampionTags(memberId, tags);
        audit.record(decidedBy, "champion-tags", "member", memberId, "champions program", null, Map.of("tags", tags));
        events.publishEvent(new ReviewTagsAssigned(memberId, List.copyOf(tags), decidedBy));
    }

    @Transactional(readOnly = true)
    public Map<String, Integer> redactionCounts(Actor actor, int days) {
        actor.require(Role.MODERATOR);
        return repository.redactionCounts(Math.max(1, Math.min(days, 3650)));
    }
}
