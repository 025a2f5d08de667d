package org.muster.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the embedded PostgreSQL could not be upgraded, and that the data is still where it was. */
class EmbeddedUpgradeFailedAnalyzer extends AbstractFailureAnalyzer<EmbeddedUpgrade.Failed> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedUpgrade.Failed cause) {
        return new FailureAnalysis(
                "The embedded PostgreSQL data in " + cause.directory + " could not be upgraded to PostgreSQL "
                        + PostgresBinaries.CURRENT.major + ": " + cause.reason + ".",
                "Nothing in " + cause.directory + " was changed. Remove the cause named above and start Muster again "
                        + "(the upgrade starts over from those files), or point Muster at a PostgreSQL server with "
                        + "SPRING_DATASOURCE_URL.",
                cause);
    }
}
