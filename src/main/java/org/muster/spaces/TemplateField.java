package org.muster.spaces;

import org.springframework.modulith.NamedInterface;

/** A named section of the space's question template, e.g. "environment" labelled "Environment". */
@NamedInterface("api")
public record TemplateField(String name, String label, boolean required) {
}
