package org.muster.search;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import org.muster.platform.Languages;
import org.muster.qa.QuestionDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Which of Muster's languages a post is written in, so that search stems it as that language. Detected
 * from the asker's own words (title and body) among the supported languages only; a text too short to
 * tell, or one the detector is unsure of, is taken to be in the site's language, the language most
 * posts of a community are in. Spaces have no language of their own.
 */
@Component
class PostLanguages {

    /** Fewer letters than a couple of sentences name too few trigrams to tell Dutch from English. */
    static final int FEWEST_LETTERS = 40;
    /** How sure the detector must be; below, the site's language is the better bet. */
    static final double SURE = 0.9;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final String siteLanguage;

    PostLanguages(@Value("${spring.web.locale:en}") Locale siteLocale) {
        this.siteLanguage = Languages.of(siteLocale.toLanguageTag()).orElse(Locale.ENGLISH).getLanguage();
        try {
            var profiles = new LanguageProfileReader().readBuiltIn(
                    Languages.SUPPORTED.stream().map(l -> LdLocale.fromString(l.getLanguage())).toList());
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String of(QuestionDocument question) {
        return of(question.title() + "\n" + question.text());
    }

    /** The language code ({@code en}, {@code nl}, {@code fr}) a text is in. */
    String of(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).limit(FEWEST_LETTERS).count() < FEWEST_LETTERS)
            return siteLanguage;
        var found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.getFirst().getProbability() < SURE) return siteLanguage;
        return found.getFirst().getLocale().getLanguage();
    }
}
