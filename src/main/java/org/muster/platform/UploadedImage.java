package org.muster.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * An image a member sent, made fit to keep and show: its type read from its first bytes, never from
 * what the client claims, so nothing but PNG, JPEG, GIF or WebP is ever stored or served; its size
 * capped; and where it was taken removed (a phone photo's EXIF GPS position, XMP and text metadata),
 * so posting a photo of one's desk does not publish one's address. The EXIF orientation stays, so
 * phone photos are not shown on their side.
 */
public record UploadedImage(String contentType, byte[] bytes) {

    /** Fits in a request under the default body limit (1 MB) with the form around it. */
    public static final int MAX_BYTES = 900_000;

    /** The image fit to store, or null when none was sent; refuses (naming the field) a wrong type or size. */
    public static UploadedImage read(byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) return null;
        if (bytes.length > MAX_BYTES) throw new Invalid(field, "image.too-large", MAX_BYTES / 1000);
        var type = typeOf(bytes);
        if (type == null) throw new Invalid(field, "image.type");
        var kept = switch (type) {
            case "image/jpeg" -> Jpeg.withoutLocation(bytes, field);
            case "image/png" -> Png.withoutMetadata(bytes, field);
            case "image/webp" -> WebP.withoutMetadata(bytes);
            default -> bytes;
        };
        return new UploadedImage(type, kept);
    }

    private static String typeOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (starts(b, 'G', 'I', 'F', '8')) return "image/gif";
        if (b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && Arrays.equals(Arrays.copyOfRange(b, 8, 12), ascii("WEBP")))
            return "image/webp";
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] prefix) {
        return at + prefix.length <= bytes.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** JPEG: the GPS directory of the EXIF segment emptied in place, XMP segments dropped. */
    private static final class Jpeg {

        private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};
        private static final byte[] XMP = ascii("http://ns.adobe.com/xap/1.0/\0");
        private static final byte[] XMP_EXTENSION = ascii("http://ns.adobe.com/xmp/extension/\0");
        private static final int APP1 = 0xE1;
        private static final int START_OF_SCAN = 0xDA;
        private static final int GPS_DIRECTORY = 0x8825;

        static byte[] withoutLocation(byte[] in, String field) {
            var out = new ByteArrayOutputStream(in.length);
            out.write(in, 0, 2);
            int at = 2;
            while (at + 4 <= in.length && (in[at] & 0xFF) == 0xFF) {
                int marker = in[at + 1] & 0xFF;
                if (marker == START_OF_SCAN) break;
                int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
                int end = at + 2 + length;
                if (length < 2 || end > in.length) throw new Invalid(field, "image.type");
                if (marker == APP1 && (startsAt(in, at + 4, XMP) || startsAt(in, at + 4, XMP_EXTENSION))) {
                    at = end;
                    continue;
                }
                var segment = Arrays.copyOfRange(in, at, end);
                // An EXIF block we cannot read might hide a position: then it goes as a whole.
                if (marker == APP1 && startsAt(segment, 4, EXIF) && !emptyGps(segment, 4 + EXIF.length)) {
                    at = end;
                    continue;
                }
                out.write(segment, 0, segment.length);
                at = end;
            }
            out.write(in, at, in.length - at);
            return out.toByteArray();
        }

        /** Zeroes the GPS directory's entries and values in the TIFF block starting at tiff; false when unreadable. */
        private static boolean emptyGps(byte[] s, int tiff) {
            if (tiff + 8 > s.length) return false;
            boolean little;
            if (s[tiff] == 'I' && s[tiff + 1] == 'I') little = true;
            else if (s[tiff] == 'M' && s[tiff + 1] == 'M') little = false;
            else return false;
            var t = new Tiff(s, tiff, little);
            long first = t.u32(4);
            int entries = t.u16(first);
            if (entries < 0) return false;
            for (int i = 0; i < entries; i++) {
                long entry = first + 2 + 12L * i;
                if (t.u16(entry) != GPS_DIRECTORY) continue;
                long gps = t.u32(entry + 8);
                int gpsEntries = t.u16(gps);
                if (gpsEntries < 0) return false;
                for (int g = 0; g < gpsEntries; g++) {
                    long gpsEntry = gps + 2 + 12L * g;
                    int size = t.typeSize(t.u16(gpsEntry + 2));
                    long count = t.u32(gpsEntry + 4);
                    if (size <= 0 || count < 0) return false;
                    if (size * count > 4 && !t.zero(t.u32(gpsEntry + 8), size * count)) return false;
                    if (!t.zero(gpsEntry, 12)) return false;
                }
                return t.zero(gps, 2);
            }
            return true;
        }
    }

    /** Reads a TIFF block (EXIF) inside bytes; -1 for anything out of bounds. */
    private record Tiff(byte[] b, int start, boolean little) {

        int u16(long offset) {
            long at = start + offset;
            if (offset < 0 || at + 2 > b.length) return -1;
            int x = b[(int) at] & 0xFF, y = b[(int) at + 1] & 0xFF;
            return little ? x | y << 8 : x << 8 | y;
        }

        long u32(long offset) {
            int high = u16(little ? offset + 2 : offset), low = u16(little ? offset : offset + 2);
            if (high < 0 || low < 0) return -1;
            return ((long) high << 16) | low;
        }

        boolean zero(long offset, long length) {
            long at = start + offset;
            if (offset < 0 || length < 0 || at + length > b.length) return false;
            Arrays.fill(b, (int) at, (int) (at + length), (byte) 0);
            return true;
        }

        int typeSize(int type) {
            return switch (type) {
                case 1, 2, 6, 7 -> 1;
                case 3, 8 -> 2;
                case 4, 9, 11 -> 4;
                case 5, 10, 12 -> 8;
                default -> -1;
            };
        }
    }

    /** PNG: the eXIf chunk and the text chunks (where XMP and a camera's notes go) left out. */
    private static final class Png {

        private static final Set<String> DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt");

        static byte[] withoutMetadata(byte[] in, String field) {
            var out = new ByteArrayOutputStream(in.length);
            out.write(in, 0, 8);
            int at = 8;
            while (at + 12 <= in.length) {
                long length = ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
                long end = at + 12 + length;
                if (end > in.length) throw new Invalid(field, "image.type");
                var type = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
                if (!DROPPED.contains(type)) out.write(in, at, (int) (end - at));
                at = (int) end;
            }
            out.write(in, at, in.length - at);
            return out.toByteArray();
        }
    }

    /** WebP: the EXIF and XMP chunks left out, and the header's flags and size made to say so. */
    private static final class WebP {

        static byte[] withoutMetadata(byte[] in) {
            var out = new ByteArrayOutputStream(in.length);
            out.write(in, 0, 12);
            int at = 12;
            while (at + 8 <= in.length) {
                var type = new String(in, at, 4, StandardCharsets.US_ASCII);
                long size = (in[at + 4] & 0xFF) | ((in[at + 5] & 0xFF) << 8) | ((in[at + 6] & 0xFF) << 16) | ((long) (in[at + 7] & 0xFF) << 24);
                long end = at + 8 + size + (size & 1);
                if (end > in.length) end = in.length;
                if (!type.equals("EXIF") && !type.equals("XMP ")) {
                    var chunk = Arrays.copyOfRange(in, at, (int) end);
                    // VP8X flags: 0x08 says an EXIF chunk follows, 0x04 an XMP chunk.
                    if (type.equals("VP8X") && chunk.length > 8) chunk[8] &= (byte) ~0x0C;
                    out.write(chunk, 0, chunk.length);
                }
                at = (int) end;
            }
            var kept = out.toByteArray();
            int riffSize = kept.length - 8;
            kept[4] = (byte) riffSize;
            kept[5] = (byte) (riffSize >> 8);
            kept[6] = (byte) (riffSize >> 16);
            kept[7] = (byte) (riffSize >> 24);
            return kept;
        }
    }
}
