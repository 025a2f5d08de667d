package org.muster;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * A real JPEG as a phone writes it: an EXIF block with the orientation and a GPS position, whose latitude
 * seconds hold a value found nowhere else in the file, so a test can tell whether the position survived.
 */
public final class GpsPhoto {

    /** The latitude's seconds numerator, as its four big-endian bytes appear in the file. */
    public static final byte[] POSITION = {0x0B, (byte) 0xAD, (byte) 0xCA, (byte) 0xFE};
    /** The orientation entry (tag 0x0112, SHORT), which must survive: without it phone photos lie on their side. */
    public static final byte[] ORIENTATION = {0x01, 0x12, 0x00, 0x03};

    private GpsPhoto() {
    }

    public static byte[] jpeg() {
        var image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 24, 16);
        g.dispose();
        var plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var jpeg = plain.toByteArray();
        var exif = exif();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] exif() {
        var tiff = ByteBuffer.allocate(6 + 92);
        tiff.put(new byte[]{'E', 'x', 'i', 'f', 0, 0});
        tiff.put(new byte[]{'M', 'M', 0, 0x2A}).putInt(8);
        // IFD0 at 8: orientation 6 (rotate), then the GPS directory's offset (38).
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS directory at 38: latitude ref "N", latitude as three rationals at 68.
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(52).putInt(1).putInt(22).putInt(1).put(POSITION).putInt(1_000_000);
        return tiff.array();
    }

    public static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) if (bytes[i + j] != part[j]) continue outer;
            return true;
        }
        return false;
    }
}
