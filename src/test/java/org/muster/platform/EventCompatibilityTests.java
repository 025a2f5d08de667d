package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed keeps every event ever written, and replays read them all. {@code events/stored.json}
 * holds one stored payload per event name, as the version that introduced it wrote it: each must still
 * read into today's type under the same name, and today's type must write every field of it again with
 * the same JSON type. Renaming a field, changing its type or the event's name fails here; adding a field
 * does not (old rows lack it, so it must be a nullable type).
 */
class EventCompatibilityTests extends IntegrationTest {

    @Autowired
    EventTypes types;

    @Autowired
    JsonMapper json;

    @Test
    void everyStoredEventShapeStillReadsAndIsWrittenAgainWithTheSameFields() throws IOException {
        var stored = stored();
        var problems = new ArrayList<String>();
        for (var entry : stored.entrySet()) {
            var type = types.typeOf(entry.getKey());
            if (type.isEmpty()) {
                problems.add(entry.getKey() + ": no event type is stored under this name any more");
                continue;
            }
            try {
                var event = json.treeToValue(entry.getValue(), type.get());
                JsonNode written = json.valueToTree(event);
                for (var field : entry.getValue().propertyNames()) {
                    var was = entry.getValue().get(field);
                    var now = written.get(field);
                    if (now == null) problems.add(entry.getKey() + "." + field + " is no longer written");
                    else if (!was.isNull() && !now.isNull() && was.getNodeType() != now.getNodeType())
                        problems.add(entry.getKey() + "." + field + " was " + was.getNodeType() + " and is now " + now.getNodeType());
                }
            } catch (RuntimeException e) {
                problems.add(entry.getKey() + ": the stored shape no longer reads: " + e.getMessage());
            }
        }
        assertThat(problems).as("stored event shapes in events/stored.json").isEmpty();
    }

    @Test
    void everyEventTypeHasItsStoredShapeRecorded() throws IOException {
        var stored = stored();
        var missing = new TreeMap<String, JsonNode>();
        types.all().forEach((name, type) -> {
            if (!stored.containsKey(name)) missing.put(name, sample(type));
        });
        assertThat(missing).as("event types without a stored shape: add them to events/stored.json: %s", json.writeValueAsString(missing))
                .isEmpty();
    }

    @Test
    void eventTypesAreNamedExplicitlyAndOnce() {
        types.all().forEach((name, type) -> assertThat(type.getAnnotation(EventName.class).value()).isEqualTo(name));
        assertThat(types.all()).containsKeys("VoteCast", "AnswerAccepted", "QuestionAsked", "SpamUpheld", "MissionCompleted");
    }

    private Map<String, ObjectNode> stored() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/stored.json")) {
            var tree = json.readTree(in);
            var shapes = new TreeMap<String, ObjectNode>();
            for (var name : tree.propertyNames()) shapes.put(name, (ObjectNode) tree.get(name));
            return shapes;
        }
    }

    /** The shape today's type writes, with placeholder values, to paste into the file. */
    private JsonNode sample(Class<? extends DomainEvent> type) {
        var node = json.createObjectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            var t = component.getType();
            if (t == long.class || t == int.class || t == Long.class || t == Integer.class) node.put(component.getName(), 1);
            else if (t == boolean.class || t == Boolean.class) node.put(component.getName(), true);
            else if (t == double.class) node.put(component.getName(), 1.5);
            else if (t.isEnum()) node.put(component.getName(), t.getEnumConstants()[0].toString());
            else if (t == java.time.Instant.class) node.put(component.getName(), "2026-12-01T12:00:00Z");
            else if (java.util.Collection.class.isAssignableFrom(t)) node.putArray(component.getName());
            else node.put(component.getName(), "text");
        }
        return node;
    }
}
