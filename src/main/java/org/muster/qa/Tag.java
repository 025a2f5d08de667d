package org.muster.qa;

public record Tag(long id, String name, String description, int questionCount) {
}
