package org.muster;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(MusterApplication.class).verify();
    }
}
