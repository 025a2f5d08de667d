package org.muster.missions.tasks;

import org.muster.platform.UploadedImage;

/** An uploaded image as proof, checked and stripped of its location as every uploaded image is. */
public record ProofImage(String contentType, byte[] bytes) {

    static ProofImage of(byte[] bytes, String field) {
        var image = UploadedImage.read(bytes, field);
        return image == null ? null : new ProofImage(image.contentType(), image.bytes());
    }
}
