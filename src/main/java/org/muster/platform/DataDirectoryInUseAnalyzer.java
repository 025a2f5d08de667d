package org.muster.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on a locked data directory into a plain message instead of a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DataDirectoryLock.DataDirectoryInUse cause) {
        return new FailureAnalysis(
                "Another Muster is already running on the data directory " + cause.directory + ".",
                "Stop the other Muster first, or give this one its own directory with MUSTER_DATA_DIR, "
                        + "or point it at a PostgreSQL server with SPRING_DATASOURCE_URL.",
                cause);
    }
}
