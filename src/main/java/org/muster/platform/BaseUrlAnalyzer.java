package org.muster.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or unusable base URL into a plain start-up message. */
class BaseUrlAnalyzer extends AbstractFailureAnalyzer<SiteLinks.Misconfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable root, SiteLinks.Misconfigured cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action, cause);
    }
}
