package org.muster.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline gazetteer built from GeoNames at build time: places by the start of their name. */
class GazetteerTests {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    @Test
    void findsPlacesByTheStartOfTheirNameWhateverTheAccentsAndCase() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.UK);
        assertThat(GAZETTEER.search("zurich", 8)).extracting(Gazetteer.Place::name).contains("Zürich");
        assertThat(GAZETTEER.search("ZÜRI", 8)).extracting(Gazetteer.Place::name).contains("Zürich");
        assertThat(GAZETTEER.search("sao paulo", 8)).extracting(Gazetteer.Place::name).contains("São Paulo");
        var amsterdam = GAZETTEER.search("Amsterd", 8);
        assertThat(amsterdam.getFirst().name()).isEqualTo("Amsterdam");
        assertThat(amsterdam).allSatisfy(p -> assertThat(p.name()).startsWith("Amsterdam"));
        var dutch = amsterdam.stream().filter(p -> p.country().equals("NL")).findFirst().orElseThrow();
        assertThat(dutch.latitude()).isBetween(52.3, 52.4);
        assertThat(dutch.longitude()).isBetween(4.8, 5.0);
        assertThat(dutch.label()).isEqualTo("Amsterdam, North Holland, Netherlands");
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void findsNothingForAnUnknownNameOrTooLittleText() {
        assertThat(GAZETTEER.search("Xqzzyvillexx", 8)).isEmpty();
        assertThat(GAZETTEER.search("a", 8)).isEmpty();
        assertThat(GAZETTEER.search("", 8)).isEmpty();
        assertThat(GAZETTEER.search(null, 8)).isEmpty();
        assertThat(GAZETTEER.resolve("Xqzzyvillexx")).isEmpty();
    }

    @Test
    void resolvesALabelToOnePlaceAndASharedNameToEveryPlaceOfThatName() {
        var label = GAZETTEER.search("Amsterdam", 1).getFirst().label();
        assertThat(GAZETTEER.resolve(label)).singleElement().extracting(Gazetteer.Place::label).isEqualTo(label);
        assertThat(GAZETTEER.resolve("amsterdam").size()).isGreaterThan(1);
        assertThat(GAZETTEER.resolve("amsterdam")).allSatisfy(p -> assertThat(p.name()).isEqualTo("Amsterdam"));
    }
}
