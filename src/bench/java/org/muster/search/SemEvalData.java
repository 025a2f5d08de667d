package org.muster.search;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A split of SemEval-2016 task 3 (subtask B): original questions, their candidate questions with the
 * comments under them, and the gold file's candidates, in its order, with their relevance.
 */
record SemEvalData(Map<String, Text> originals, Map<String, Text> related, Map<String, List<String>> candidates,
                   Map<String, Boolean> relevance) {

    record Text(String subject, String body, String comments) {
        String input() {
            return Embedder.input(subject, body);
        }
    }

    boolean relevant(String original, String candidate) {
        return relevance.getOrDefault(original + " " + candidate, false);
    }

    static SemEvalData read(Path xml, Path gold) throws IOException, XMLStreamException {
        var originals = new LinkedHashMap<String, Text>();
        var related = new LinkedHashMap<String, Text>();
        try (var in = Files.newInputStream(xml)) {
            var factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            readQuestions(factory.createXMLStreamReader(in), originals, related);
        }
        var candidates = new LinkedHashMap<String, List<String>>();
        var relevance = new HashMap<String, Boolean>();
        for (var line : Files.readAllLines(gold)) {
            if (line.isBlank()) continue;
            var fields = line.split("\t");
            candidates.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[1]);
            relevance.put(fields[0] + " " + fields[1], Boolean.parseBoolean(fields[4].strip()));
        }
        return new SemEvalData(originals, related, candidates, relevance);
    }

    private static void readQuestions(javax.xml.stream.XMLStreamReader xml, Map<String, Text> originals,
                                      Map<String, Text> related) throws XMLStreamException {
        String orgId = null, relId = null;
        var subject = new StringBuilder();
        var body = new StringBuilder();
        var comments = new StringBuilder();
        StringBuilder current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "OrgQuestion" -> orgId = xml.getAttributeValue(null, "ORGQ_ID");
                    case "RelQuestion" -> relId = xml.getAttributeValue(null, "RELQ_ID");
                    case "OrgQSubject", "RelQSubject" -> current = subject;
                    case "OrgQBody", "RelQBody" -> current = body;
                    case "RelCText" -> current = comments;
                    default -> current = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
                current.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "OrgQBody" -> {
                        originals.putIfAbsent(orgId, new Text(subject.toString().strip(), body.toString().strip(), ""));
                        subject.setLength(0);
                        body.setLength(0);
                    }
                    case "RelCText" -> comments.append('\n');
                    case "Thread" -> {
                        related.putIfAbsent(relId, new Text(subject.toString().strip(), body.toString().strip(), comments.toString().strip()));
                        subject.setLength(0);
                        body.setLength(0);
                        comments.setLength(0);
                    }
                    default -> {
                    }
                }
                current = null;
            }
        }
    }
}
