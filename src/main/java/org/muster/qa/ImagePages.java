package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Post images: served to anyone with the address, and the upload form the composer links to when
 * JavaScript is off (with it, pasting, dropping or the toolbar's image button upload through the API).
 */
@Controller
class ImagePages {

    private final PostImages images;

    ImagePages(PostImages images) {
        this.images = images;
    }

    /** An image never changes under its id, so it is cached for a year; nosniff: only its stored type counts. */
    @GetMapping(PostImages.PATH + "{id}")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        var image = images.find(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Content-Disposition", "inline")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(image.bytes());
    }

    record ImageForm(MultipartFile image) {
    }

    @GetMapping("/images")
    String uploadForm(Actor actor, Model model) {
        actor.requireMember();
        model.addAttribute("imageForm", new ImageForm(null));
        return "qa/image";
    }

    @PostMapping("/images")
    String upload(@ModelAttribute("imageForm") ImageForm form, BindingResult errors, Actor actor, Model model) {
        FormErrors.requireBuilt(form, errors);
        try {
            model.addAttribute("url", images.upload(actor, bytes(form.image()), "image"));
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
        }
        return "qa/image";
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
