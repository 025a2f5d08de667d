package org.muster.routing;

/** What a delivery's body looks like: Muster's JSON, or Slack's incoming-webhook {@code {"text": …}}. */
enum EventHookFormat {
    MUSTER, SLACK
}
