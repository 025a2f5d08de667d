package org.muster.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A post is stemmed in its own language, and a search's words in each: other word forms of Dutch and French find it. */
class LanguageSearchTests extends SearchFixture {

    private String space;
    private Http asker;

    @BeforeEach
    void community() {
        space = space("public");
        asker = member("Brasseur");
    }

    @Test
    void aFrenchPostIsFoundByAFrenchSearchWithAnotherWordForm() {
        long id = ask(asker, space, "Ma bière ne fermente plus depuis trois jours " + token,
                "J'ai brassé une blonde samedi. Les levures ont démarré vite, puis plus rien : aucune bulle dans le barboteur "
                        + "et la densité ne bouge plus. Faut-il ajouter des levures fraîches ou attendre ?", List.of("brassage"));
        assertThat(awaitSearch(http, token + " fermentation")).as("fermente / fermentation").containsExactly(id);
        assertThat(awaitSearch(http, token + " levure")).as("levures / levure").containsExactly(id);
        assertThat(awaitSearch(http, token + " bières bloquées")).as("bière / bières, and a word it lacks").isEmpty();
        assertThat(awaitSearch(http, token + " la bières")).as("a stop word does not count").containsExactly(id);
    }

    @Test
    void aDutchPostIsFoundByADutchSearchWithAnotherWordForm() {
        long id = ask(asker, space, "Mijn bier gist niet meer na drie dagen " + token,
                "Ik heb zaterdag een blond bier gebrouwen. De gist begon snel, maar nu borrelt het waterslot niet meer "
                        + "en het soortelijk gewicht blijft gelijk. Moet ik verse gisten toevoegen of wachten?", List.of("brouwen"));
        assertThat(awaitSearch(http, token + " bieren")).as("bier / bieren").containsExactly(id);
        assertThat(awaitSearch(http, token + " waterslotten")).as("waterslot / waterslotten").containsExactly(id);
        assertThat(awaitSearch(http, token + " het de een bier")).as("stop words do not count").containsExactly(id);
    }

    /** Each word is looked for in every language: a long question or search must still fit in one Lucene query. */
    @Test
    void aLongQuestionAndALongSearchStillGetAnswers() {
        var words = new StringBuilder();
        for (int i = 0; i < 120; i++) words.append("word").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append(i % 7 == 0 ? ". " : " ");
        var similar = asker.get("/ask/similar?title=" + encode("Which settings keep the wort clear " + token)
                + "&body=" + encode(words.toString()));
        assertThat(similar.status()).as(similar.body()).isEqualTo(200);
        var instant = asker.get("/api/v1/instant-answers?title=" + encode("Which settings keep the wort clear " + token)
                + "&body=" + encode(words.toString()));
        assertThat(instant.status()).as(instant.body()).isIn(200, 204);
        var search = search(asker, words.substring(0, 480));
        assertThat(search.status()).as(search.body()).isEqualTo(200);
    }

    @Test
    void anEnglishPostIsStillFoundByItsEnglishWordForms() {
        long id = ask(asker, space, "My beer stopped fermenting after three days " + token,
                "I brewed a blonde on Saturday. The yeast started fast, then nothing: no bubbles in the airlock "
                        + "and the gravity stays the same. Should I pitch fresh yeast or wait?", List.of("brewing"));
        assertThat(awaitSearch(http, token + " fermentation")).containsExactly(id);
        assertThat(awaitSearch(http, token + " airlocks bubbling")).containsExactly(id);
    }

    @Test
    void snippetsMarkTheWordsOfAFrenchSearch() {
        long id = ask(asker, space, "Chaussures de randonnée qui prennent l'eau " + token,
                "Mes chaussures de randonnée prennent l'eau après une heure sous la pluie. Faut-il les imperméabiliser "
                        + "ou les renvoyer au service après-vente ?", List.of("randonnee"));
        assertThat(awaitSearch(http, token + " chaussure")).containsExactly(id);
        var hit = search(http, token + " chaussure").json().get("hits").get(0);
        assertThat(hit.get("titleHtml").asString()).contains("<mark>Chaussures</mark>");
    }
}
