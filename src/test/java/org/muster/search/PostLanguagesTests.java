package org.muster.search;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a post is taken to be in: the detector's answer when it is sure, else the site's. */
class PostLanguagesTests {

    private final PostLanguages english = new PostLanguages(Locale.ENGLISH);
    private final PostLanguages dutchSite = new PostLanguages(Locale.forLanguageTag("nl-BE"));

    @Test
    void detectsEnglishDutchAndFrenchPosts() {
        assertThat(english.of("Mijn bier gist niet meer na drie dagen. De gist begon snel, maar nu borrelt het waterslot niet meer."))
                .isEqualTo("nl");
        assertThat(english.of("Ma bière ne fermente plus depuis trois jours. Les levures ont démarré vite, puis plus rien."))
                .isEqualTo("fr");
        assertThat(dutchSite.of("My beer stopped fermenting after three days. The yeast started fast, then nothing happened."))
                .isEqualTo("en");
    }

    @Test
    void aTextTooShortToTellIsInTheSitesLanguage() {
        assertThat(english.of("Bier gist niet")).isEqualTo("en");
        assertThat(dutchSite.of("Beer stopped")).isEqualTo("nl");
        assertThat(dutchSite.of("12345 67890 !!! ??? 12345 67890 !!! ??? 12345 67890 !!! ???")).as("no letters").isEqualTo("nl");
        assertThat(english.of((String) null)).isEqualTo("en");
    }

    @Test
    void aSiteInALanguageWithoutAnalyzerFallsBackToEnglish() {
        assertThat(new PostLanguages(Locale.GERMAN).of("kurz")).isEqualTo("en");
    }
}
