package org.muster.qa;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** The guard's answer: the texts to store (masked) and whether the post waits for review, and why. */
@NamedInterface("ports")
public record Admission(String title, String body, Map<String, String> fields, boolean held, double spamScore,
                        List<String> signals) {
}
