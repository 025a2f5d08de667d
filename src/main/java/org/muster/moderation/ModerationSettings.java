package org.muster.moderation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds admins tune, with their defaults. Trust levels rise on days visited, questions read
 * and accepted answers, with no upheld flag in the last 90 days for levels 2 and 3.
 */
record ModerationSettings(int level1Days, int level1Reads, int level2Days, int level2Reads, int level2Accepted,
                                 int level3Days, int level3Reads, int level3Accepted, int level0PostsPerDay,
                                 int level1PostsPerDay, int trustedPostsPerDay, int newMemberPosts, int spamHoldPercent, int firstPostHoldPercent,
                                 int flagsToHide) {

    static final Map<String, Integer> DEFAULTS;

    static {
        var defaults = new LinkedHashMap<String, Integer>();
        defaults.put("level1Days", 2);
        defaults.put("level1Reads", 10);
        defaults.put("level2Days", 10);
        defaults.put("level2Reads", 50);
        defaults.put("level2Accepted", 1);
        defaults.put("level3Days", 30);
        defaults.put("level3Reads", 200);
        defaults.put("level3Accepted", 5);
        defaults.put("level0PostsPerDay", 10);
        defaults.put("level1PostsPerDay", 40);
        defaults.put("trustedPostsPerDay", 200);
        defaults.put("newMemberPosts", 2);
        defaults.put("spamHoldPercent", 70);
        defaults.put("firstPostHoldPercent", 50);
        defaults.put("flagsToHide", 3);
        DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
    }

    /** The settings in the groups the settings page shows them in, each group explained there. */
    static final Map<String, java.util.List<String>> GROUPS;

    static {
        var groups = new LinkedHashMap<String, java.util.List<String>>();
        groups.put("trust1", java.util.List.of("level1Days", "level1Reads"));
        groups.put("trust2", java.util.List.of("level2Days", "level2Reads", "level2Accepted"));
        groups.put("trust3", java.util.List.of("level3Days", "level3Reads", "level3Accepted"));
        groups.put("limits", java.util.List.of("level0PostsPerDay", "level1PostsPerDay", "trustedPostsPerDay", "newMemberPosts"));
        groups.put("spam", java.util.List.of("spamHoldPercent", "firstPostHoldPercent", "flagsToHide"));
        GROUPS = java.util.Collections.unmodifiableMap(groups);
    }

    static ModerationSettings of(Map<String, Integer> values) {
        var v = new LinkedHashMap<>(DEFAULTS);
        v.putAll(values);
        return new ModerationSettings(v.get("level1Days"), v.get("level1Reads"), v.get("level2Days"),
                v.get("level2Reads"), v.get("level2Accepted"), v.get("level3Days"), v.get("level3Reads"),
                v.get("level3Accepted"), v.get("level0PostsPerDay"), v.get("level1PostsPerDay"),
                v.get("trustedPostsPerDay"), v.get("newMemberPosts"),
                v.get("spamHoldPercent"), v.get("firstPostHoldPercent"), v.get("flagsToHide"));
    }

    /** Name → value, in the order of the defaults, for the settings form. */
    public Map<String, Integer> values() {
        var v = new LinkedHashMap<String, Integer>();
        int[] all = {level1Days, level1Reads, level2Days, level2Reads, level2Accepted, level3Days, level3Reads,
                level3Accepted, level0PostsPerDay, level1PostsPerDay, trustedPostsPerDay, newMemberPosts,
                spamHoldPercent, firstPostHoldPercent, flagsToHide};
        int i = 0;
        for (var name : DEFAULTS.keySet()) v.put(name, all[i++]);
        return v;
    }

    int postsPerDay(int trust) {
        return trust == 0 ? level0PostsPerDay : trust == 1 ? level1PostsPerDay : trustedPostsPerDay;
    }

    /** The level these figures earn; an upheld flag in the last 90 days stops at level 1. */
    int levelFor(int days, int reads, int accepted, boolean recentUpheldFlag) {
        if (!recentUpheldFlag && days >= level3Days && reads >= level3Reads && accepted >= level3Accepted) return 3;
        if (!recentUpheldFlag && days >= level2Days && reads >= level2Reads && accepted >= level2Accepted) return 2;
        if (days >= level1Days && reads >= level1Reads) return 1;
        return 0;
    }
}
