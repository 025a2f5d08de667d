package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.GpsPhoto;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every uploaded image (post images, mission proof) loses where it was taken, whatever its format. */
class UploadedImageTests {

    @Test
    void jpegLosesItsGpsPositionAndKeepsItsOrientation() throws IOException {
        var kept = UploadedImage.read(GpsPhoto.jpeg(), "image");
        assertThat(kept.contentType()).isEqualTo("image/jpeg");
        assertThat(GpsPhoto.contains(kept.bytes(), GpsPhoto.POSITION)).isFalse();
        assertThat(GpsPhoto.contains(kept.bytes(), GpsPhoto.ORIENTATION)).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept.bytes()))).isNotNull();
    }

    @Test
    void jpegWhoseExifCannotBeReadLosesAllOfIt() {
        var photo = GpsPhoto.jpeg();
        // The GPS directory's offset pointing past the block: nothing in it can be trusted.
        photo[2 + 4 + 6 + 8 + 2 + 12 + 8 + 3] = (byte) 0xF0;
        var kept = UploadedImage.read(photo, "image");
        assertThat(GpsPhoto.contains(kept.bytes(), GpsPhoto.POSITION)).isFalse();
        assertThat(new String(kept.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void pngLosesItsExifAndTextChunks() throws IOException {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        var png = out.toByteArray();
        // eXIf and iTXt after the header chunk (8 + 25 bytes).
        var tagged = new ByteArrayOutputStream();
        tagged.write(png, 0, 33);
        tagged.writeBytes(chunk("eXIf", GpsPhoto.POSITION));
        tagged.writeBytes(chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPSLatitude</x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
        tagged.write(png, 33, png.length - 33);
        var kept = UploadedImage.read(tagged.toByteArray(), "image");
        assertThat(kept.contentType()).isEqualTo("image/png");
        assertThat(kept.bytes()).isEqualTo(png);
    }

    @Test
    void webpLosesItsExifChunkAndSaysSo() {
        var vp8x = new byte[10];
        vp8x[0] = 0x08;
        var riff = ByteBuffer.allocate(12 + 18 + 12 + 12).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + 18 + 12 + 12 - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        riff.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put(vp8x);
        riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(4).put(new byte[4]);
        riff.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(4).put(GpsPhoto.POSITION);
        var kept = UploadedImage.read(riff.array(), "image").bytes();
        assertThat(kept).hasSize(12 + 18 + 12);
        assertThat(GpsPhoto.contains(kept, GpsPhoto.POSITION)).isFalse();
        assertThat(kept[20]).as("VP8X says no EXIF follows").isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(kept, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(kept.length - 8);
    }

    @Test
    void refusesWhatIsNoImageAndWhatIsTooLarge() {
        assertThatThrownBy(() -> UploadedImage.read("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "image"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("image"));
        var large = new byte[UploadedImage.MAX_BYTES + 1];
        System.arraycopy(GpsPhoto.jpeg(), 0, large, 0, 3);
        assertThatThrownBy(() -> UploadedImage.read(large, "photo"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.key()).isEqualTo("image.too-large"));
        assertThat(UploadedImage.read(new byte[0], "image")).isNull();
    }

    private static byte[] chunk(String type, byte[] data) {
        var out = ByteBuffer.allocate(12 + data.length);
        out.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new CRC32();
        crc.update(out.array(), 4, 4 + data.length);
        out.putInt((int) crc.getValue());
        return out.array();
    }
}
