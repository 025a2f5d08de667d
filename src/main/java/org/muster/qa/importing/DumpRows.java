package org.muster.qa.importing;

import org.muster.platform.MusterCommand.CommandFailed;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the {@code <row …/>} elements of one dump file with StAX, one at a time, so memory stays
 * constant whatever the size. Errors name the file and the line.
 */
final class DumpRows {

    /** One row's attributes, and where it was in the file. */
    record Row(String file, int line, Map<String, String> attributes) {
        String get(String name) {
            return attributes.get(name);
        }

        long id(String name) {
            var value = attributes.get(name);
            if (value == null) throw fail("the attribute " + name + " is missing");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw fail("the attribute " + name + " is not a number: " + value);
            }
        }

        Long optionalId(String name) {
            return attributes.containsKey(name) ? id(name) : null;
        }

        int number(String name) {
            return attributes.containsKey(name) ? (int) id(name) : 0;
        }

        CommandFailed fail(String message) {
            return new CommandFailed(file + " line " + line + ": " + message);
        }
    }

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        // Dumps are data, never a reason to fetch anything.
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // A dump is one huge document with long bodies; with DTDs off no entity can expand, so the
        // JDK's size limits (meant against entity bombs) would only refuse honest data.
        FACTORY.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
        FACTORY.setProperty("jdk.xml.totalEntitySizeLimit", 0);
    }

    private DumpRows() {
    }

    /** Reads every row; {@code progress} gets the number of bytes read so far after each. */
    static long read(String file, InputStream input, Consumer<Row> each, Consumer<Long> progress) {
        var counting = new CountingStream(input);
        long rows = 0;
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(counting);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
                    var attributes = new HashMap<String, String>();
                    for (int i = 0; i < reader.getAttributeCount(); i++)
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    each.accept(new Row(file, reader.getLocation().getLineNumber(), attributes));
                    rows++;
                    progress.accept(counting.count);
                }
            }
            return rows;
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new CommandFailed(file + (location == null ? "" : " line " + location.getLineNumber()) + ": "
                    + "the XML is malformed or truncated (" + e.getMessage().replaceAll("\\s+", " ") + ")");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // The file is read; closing the reader frees nothing we still need.
                }
            }
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count += n;
            return n;
        }
    }
}
