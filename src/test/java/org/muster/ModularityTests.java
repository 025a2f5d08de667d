package org.muster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.muster.accounts.ChampionRoles;
import org.muster.accounts.MemberStandings;
import org.muster.qa.ModerationActions;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(MusterApplication.class);

    /** Operations that check nothing themselves: the named interface, and the only modules that may list it. */
    private static final Map<String, Set<String>> RESTRICTED = Map.of(
            "qa :: moderation", Set.of("moderation"),
            "accounts :: standing", Set.of("moderation", "demo"),
            "accounts :: champions", Set.of("recognition"));

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * verify() refuses a reference to a type outside the interfaces a module lists; so the no-actor
     * operations hold only if a plain "qa" or "accounts" does not reach them and only their one module
     * lists their interface. A search class calling ModerationActions.hide would fail verify().
     */
    @Test
    void onlyTheirOwnModuleReachesOperationsThatCheckNothing() {
        var qa = MODULES.getModuleByName("qa").orElseThrow();
        var accounts = MODULES.getModuleByName("accounts").orElseThrow();
        assertThat(qa.getNamedInterfaces().getUnnamedInterface().contains(ModerationActions.class)).isFalse();
        assertThat(accounts.getNamedInterfaces().getUnnamedInterface().contains(MemberStandings.class)).isFalse();
        assertThat(accounts.getNamedInterfaces().getUnnamedInterface().contains(ChampionRoles.class)).isFalse();
        assertThat(qa.getNamedInterfaces().getByName("moderation").orElseThrow().contains(ModerationActions.class)).isTrue();
        assertThat(accounts.getNamedInterfaces().getByName("standing").orElseThrow().contains(MemberStandings.class)).isTrue();
        assertThat(accounts.getNamedInterfaces().getByName("champions").orElseThrow().contains(ChampionRoles.class)).isTrue();

        RESTRICTED.forEach((restricted, allowed) -> {
            var listing = new TreeSet<String>();
            for (var module : MODULES)
                if (allowedInterfaces(module).contains(restricted)) listing.add(module.getIdentifier().toString());
            assertThat(listing).as("modules listing %s", restricted).isEqualTo(new TreeSet<>(allowed));
        });
        var search = MODULES.getModuleByName("search").orElseThrow();
        assertThat(allowedInterfaces(search)).doesNotContainAnyElementsOf(RESTRICTED.keySet());
    }

    private static Set<String> allowedInterfaces(ApplicationModule module) {
        var names = new TreeSet<String>();
        module.getAllowedDependencies(MODULES).forEach(it -> names.add(it.getTargetModule().getIdentifier() + " :: "
                + it.getTargetNamedInterface().getName()));
        return names;
    }
}
