package org.muster.spaces;

/** A named section of the space's question template, e.g. "environment" labelled "Environment". */
public record TemplateField(String name, String label, boolean required) {
}
