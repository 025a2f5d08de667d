package org.muster.qa;

import io.swagger.v3.oas.annotations.Operation;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Images")
class ImageApi {

    private final PostImages images;

    ImageApi(PostImages images) {
        this.images = images;
    }

    record UploadedPostImage(String url, String markdown) {
    }

    @PostMapping(path = "/api/v1/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an image for a post (multipart field image: PNG, JPEG, GIF or WebP up to 900 kB, its "
            + "type read from its bytes, its location data removed); answers its address and the Markdown that shows it. "
            + "Members who may post images only, 30 an hour")
    UploadedPostImage upload(@RequestParam(required = false) MultipartFile image, Actor actor) {
        var url = images.upload(actor, ImagePages.bytes(image), "image");
        return new UploadedPostImage(url, "![](" + url + ")");
    }
}
