package org.muster.recognition;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name and description of a built-in badge in the reader's language. The badges table keeps the
 * English that Muster wrote when the badge was first earned, and Open Badges credentials are signed
 * over that stored text, so credentials keep it; pages and the API tell it from the message bundles
 * instead, by the badge's slug, which names a built-in badge alone (admins cannot take these slugs).
 */
@Component
class BuiltInBadges {

    private static final Pattern ACCEPTED = Pattern.compile("accepted-(\\d+)");
    private static final Pattern TAG = Pattern.compile("tag-(.+)-(bronze|silver|gold)");

    /** A built-in badge's message keys' stem, with the arguments of its name and of its description. */
    record Text(String key, Object[] nameArgs, Object[] descriptionArgs) {
    }

    private final MessageSource messages;

    BuiltInBadges(MessageSource messages) {
        this.messages = messages;
    }

    static Optional<Text> text(String slug) {
        switch (slug) {
            case "first-answer", "first-accepted", "fast-responder" -> {
                return Optional.of(new Text("badge.builtin." + slug, new Object[0], new Object[0]));
            }
            case "helpful-streak" -> {
                return Optional.of(new Text("badge.builtin.helpful-streak", new Object[0], new Object[]{Badges.STREAK_WEEKS}));
            }
            default -> {
            }
        }
        var accepted = ACCEPTED.matcher(slug);
        if (accepted.matches()) {
            int count = Integer.parseInt(accepted.group(1));
            return Optional.of(new Text("badge.builtin.accepted", new Object[]{count}, new Object[]{count}));
        }
        var tag = TAG.matcher(slug);
        if (tag.matches()) {
            var level = new DefaultMessageSourceResolvable("badge.level." + tag.group(2));
            return Optional.of(new Text("badge.builtin.tag", new Object[]{tag.group(1), level},
                    new Object[]{Badges.tagStep(tag.group(2)), tag.group(1)}));
        }
        return Optional.empty();
    }

    static boolean isBuiltIn(String slug) {
        return text(slug).isPresent();
    }

    Badge told(Badge badge) {
        return text(badge.slug()).map(t -> new Badge(badge.id(), badge.slug(), name(t), description(t), badge.level(), badge.kind(),
                badge.tag(), badge.createdAt())).orElse(badge);
    }

    /** The badge's name in this language: a built-in badge's from the bundles, any other as staff named it. */
    String name(Badge badge, java.util.Locale locale) {
        return text(badge.slug()).map(t -> messages.getMessage(t.key() + ".name", t.nameArgs(), locale)).orElse(badge.name());
    }

    List<Badge> told(List<Badge> badges) {
        return badges.stream().map(this::told).toList();
    }

    /**
     * An award of a built-in badge, told as its badge is. Muster's own reason for it (the description,
     * or the fast answer) is told too; a reason staff wrote when giving it by hand stays as written.
     */
    BadgeAward told(BadgeAward award) {
        var text = text(award.slug());
        if (text.isEmpty()) return award;
        var t = text.get();
        var reason = award.awardedBy() != null ? award.reason()
                : award.slug().equals("fast-responder") ? message(t.key() + ".reason", new Object[0]) : description(t);
        return new BadgeAward(award.id(), award.badgeId(), award.slug(), name(t), description(t), award.level(), award.memberId(),
                reason, award.awardedBy(), award.awardedAt(), award.evidencePost(), award.revokedAt(), award.revokedBy(),
                award.revokeReason(), award.salt(), award.publicId(), award.numberedLink());
    }

    List<BadgeAward> toldAwards(List<BadgeAward> awards) {
        return awards.stream().map(this::told).toList();
    }

    private String name(Text text) {
        return message(text.key() + ".name", text.nameArgs());
    }

    private String description(Text text) {
        return message(text.key() + ".description", text.descriptionArgs());
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
