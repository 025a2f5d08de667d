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
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.core.NamedInterface;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(MusterApplication.class);

    /** Operations that check nothing themselves: the named interface, and the only modules that may list it. */
    private static final Map<String, Set<String>> RESTRICTED = Map.of(
            "qa :: moderation", Set.of("moderation"),
            "accounts :: standing", Set.of("moderation", "demo"),
            "accounts :: champions", Set.of("recognition"),
            "qa :: history", Set.of("demo"),
            // routing reads a post to learn whom it mentions or concerns, then asks PostVisibility per recipient;
            // insights counts whole threads, then shows figures only over the spaces their reader may see
            "qa :: unchecked", Set.of("moderation", "recognition", "routing", "insights"));

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * A module lists interfaces by name; a bare module name would admit its unnamed interface, every
     * public type of its base package, so only the open platform may be listed that way.
     */
    @Test
    void modulesListOnlyNamedInterfacesThatExist() throws ClassNotFoundException {
        var wrong = new TreeSet<String>();
        for (var module : MODULES) {
            if (module.isOpen()) continue;
            var declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class).allowedDependencies();
            for (var dependency : declared) {
                var parts = dependency.split("::");
                var target = MODULES.getModuleByName(parts[0].trim());
                var exists = target.isPresent() && (parts.length == 1
                        ? target.get().isOpen()
                        : target.get().getNamedInterfaces().getByName(parts[1].trim()).filter(NamedInterface::isNamed).isPresent());
                if (!exists) wrong.add(module.getIdentifier() + " -> " + dependency);
            }
        }
        assertThat(wrong).as("listed dependencies that are no named interface").isEmpty();
    }

    /** What another module reaches must have a named home; the unnamed interface is nobody's API. */
    @Test
    void noModuleReachesATypeOutsideANamedInterface() {
        var reached = new TreeSet<String>();
        for (var module : MODULES)
            module.getDependencies(MODULES, DependencyDepth.IMMEDIATE).stream()
                    .filter(it -> !it.getTargetModule().isOpen())
                    .filter(it -> !it.getTargetModule().getNamedInterfaces().containsInExplicitInterface(it.getTargetType()))
                    .forEach(it -> reached.add(module.getIdentifier() + " -> " + it.getTargetType().getName()));
        assertThat(reached).as("types reached outside any named interface").isEmpty();
    }

    /**
     * Uses ArchUnit does not see: a type matched only in a pattern switch ({@code case SpaceChanged c})
     * leaves no dependency in its class file's constant pool that ArchUnit reads.
     */
    private static final Map<String, Set<String>> UNSEEN_USES = Map.of(
            "qa", Set.of("spaces :: events"));

    /** A listed interface nothing uses would let a later dependency in unreviewed. */
    @Test
    void modulesListExactlyTheInterfacesTheyUse() {
        var unused = new TreeSet<String>();
        for (var module : MODULES) {
            var unseen = UNSEEN_USES.getOrDefault(module.getIdentifier().toString(), Set.of());
            var dependencies = module.getDependencies(MODULES, DependencyDepth.IMMEDIATE);
            module.getAllowedDependencies(MODULES).forEach(allowed -> {
                var used = dependencies.stream().anyMatch(it -> it.getTargetModule().equals(allowed.getTargetModule())
                        && allowed.getTargetNamedInterface().contains(it.getTargetType()));
                var name = allowed.getTargetModule().getIdentifier() + " :: " + allowed.getTargetNamedInterface().getName();
                if (!used && !unseen.contains(name)) unused.add(module.getIdentifier() + " -> " + name);
            });
        }
        assertThat(unused).as("listed interfaces the module does not use").isEmpty();
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

    /** A restricted operation also in api or events would be open to every module that lists those. */
    @Test
    void restrictedOperationsAreInNoOtherInterface() {
        var elsewhere = new TreeSet<String>();
        RESTRICTED.keySet().forEach(restricted -> {
            var parts = restricted.split(" :: ");
            var interfaces = MODULES.getModuleByName(parts[0]).orElseThrow().getNamedInterfaces();
            for (var operations : interfaces.getByName(parts[1]).orElseThrow()) {
                if (!operations.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)) continue;
                interfaces.getNamedInterfacesContaining(operations)
                        .filter(other -> !other.getName().equals(parts[1]))
                        .forEach(other -> elsewhere.add(operations.getName() + " also in " + other.getName()));
            }
        });
        assertThat(elsewhere).as("restricted operations reachable through another interface").isEmpty();
    }

    private static Set<String> allowedInterfaces(ApplicationModule module) {
        var names = new TreeSet<String>();
        module.getAllowedDependencies(MODULES).forEach(it -> names.add(it.getTargetModule().getIdentifier() + " :: "
                + it.getTargetNamedInterface().getName()));
        return names;
    }
}
