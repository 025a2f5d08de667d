package org.muster.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muster.qa.QuestionDocument;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the English MiniLM model makes of Dutch and French: the same twenty questions about brewing and
 * a brewing shop, each with a reworded duplicate, written in English, Dutch and French. For each question
 * the duplicate is sought among all twenty duplicates (the other nineteen, on neighbouring topics, are the
 * non-duplicates): by meaning alone (cosine), by words alone analysed as English (as Muster did before it
 * told languages apart), by words alone in the post's language (BM25), and as members get it (SimilarRanking). Prints precision at 1 and mean reciprocal rank per language; asserts floors only.
 */
class EmbeddingLanguagesTests {

    /** A question and its duplicate, each a title and a body. */
    record Pair(String title, String body, String duplicateTitle, String duplicateBody) {
    }

    record Figures(double meaningP1, double meaningMrr, double englishWordsP1, double englishWordsMrr, double wordsP1,
                   double wordsMrr, double membersP1, double membersMrr, double detected) {
    }

    private static final Map<String, List<Pair>> SETS = new LinkedHashMap<>();
    private static final Map<String, Figures> FIGURES = new LinkedHashMap<>();

    static {
        SETS.put("en", List.of(
                new Pair("My beer stopped fermenting after two days", "The airlock stopped bubbling and the gravity is stuck at 1.030.",
                        "Fermentation stuck at high gravity", "After 48 hours nothing happens any more and the hydrometer still reads 1030."),
                new Pair("How do I clean my kegs without scratching them?", "I want to remove beer stone from stainless steel kegs.",
                        "Removing beer stone from a stainless keg", "What cleaner gets the deposits off without damaging the steel?"),
                new Pair("Why is my beer cloudy even after weeks in the fridge?", "My pale ale stays hazy although I cold crashed it.",
                        "Pale ale will not clear after cold crashing", "The beer is still murky after a month at four degrees."),
                new Pair("My bottles are flat after three weeks", "I added priming sugar but there is no fizz when I open them.",
                        "No carbonation in bottled beer", "The bottles have been conditioning for 21 days and the beer has no bubbles."),
                new Pair("My lager tastes like butter", "There is a buttery, popcorn flavour in the finished beer.",
                        "Buttery off-flavour in a lager", "The beer has a taste of butter; what causes it and how do I remove it?"),
                new Pair("The app cannot find my fermentation fridge controller", "Bluetooth pairing fails every time on my phone.",
                        "Controller not showing up in the app", "My phone does not detect the temperature controller over Bluetooth."),
                new Pair("My mash efficiency is only 60 percent", "I get much less sugar from the grain than the recipe expects.",
                        "Low brewhouse efficiency with all-grain", "The original gravity is always far below the recipe's target."),
                new Pair("When should I add dry hops?", "Is it better to dry hop during active fermentation or after it finishes?",
                        "Timing of dry hopping", "Do hops go in while the yeast is working or once fermentation is done?"),
                new Pair("My grain mill arrived broken, how do I return it?", "The handle snapped in the box; I want a replacement.",
                        "Damaged mill on delivery", "What is the procedure to send back a grain mill that came damaged?"),
                new Pair("Should I add gypsum to my brewing water?", "My tap water is soft and I brew hoppy IPAs.",
                        "Adjusting soft water for an IPA", "How much calcium sulphate do I add to soft water for a bitter beer?"),
                new Pair("Do I need a yeast starter for liquid yeast?", "I bought a vial of liquid yeast for a strong ale.",
                        "Making a starter with a liquid yeast vial", "Is pitching one vial enough for a high gravity beer or should I grow it first?"),
                new Pair("My induction plate switches off during the boil", "It shows error E3 after ten minutes with a full pot.",
                        "Induction hob error E3 while boiling wort", "The cooker stops heating the kettle and displays E3."),
                new Pair("Is my beer infected?", "There is a white film on top of the beer in the fermenter.",
                        "White layer floating on the fermenting beer", "A pale skin formed on the surface; is the batch spoiled?"),
                new Pair("How do I correct a hydrometer reading for temperature?", "I measured the wort while it was still warm.",
                        "Hydrometer temperature correction", "The sample was at 40 degrees when I read the gravity; how do I adjust it?"),
                new Pair("I cannot log in to the shop with my password", "The site says my password is wrong although I just reset it.",
                        "Login fails after a password reset", "Even with the new password the webshop refuses to sign me in."),
                new Pair("How long does delivery to Belgium take?", "I ordered a brewing kit on Monday and want to know when it arrives.",
                        "Shipping time for orders to Belgium", "When will a kit ordered at the start of the week be delivered in Brussels?"),
                new Pair("A bottle exploded in my cupboard", "Glass everywhere; I fear the other bottles will burst too.",
                        "Over-carbonated bottles bursting", "One of my bottles blew up; how do I make the rest safe?"),
                new Pair("What is the fastest way to cool wort after the boil?", "It takes hours for my pot to reach pitching temperature.",
                        "Cooling hot wort quickly", "How do I bring boiled wort down to yeast temperature in less time?"),
                new Pair("How much sugar per bottle for priming?", "I bottle in 33 cl bottles and want medium carbonation.",
                        "Priming sugar dose for small bottles", "What amount of sugar goes into each 330 ml bottle for normal fizz?"),
                new Pair("My digital scale shows the wrong weight", "It reads 20 grams too much for the hops.",
                        "Calibrating a kitchen scale for hops", "The scale is off by twenty grams; how do I recalibrate it?")));
        SETS.put("nl", List.of(
                new Pair("Mijn bier gist niet meer na twee dagen", "Het waterslot borrelt niet meer en het soortelijk gewicht blijft op 1.030 staan.",
                        "Vergisting blijft hangen op een hoog soortelijk gewicht", "Na 48 uur gebeurt er niets meer en de hydrometer geeft nog steeds 1030 aan."),
                new Pair("Hoe maak ik mijn vaatjes schoon zonder krassen?", "Ik wil biersteen verwijderen uit roestvrijstalen vaten.",
                        "Biersteen verwijderen uit een rvs-vat", "Welk middel haalt de aanslag weg zonder het staal te beschadigen?"),
                new Pair("Waarom is mijn bier troebel, zelfs na weken in de koelkast?", "Mijn pale ale blijft wazig hoewel ik het koud heb gezet.",
                        "Pale ale wordt niet helder na koud lageren", "Het bier is na een maand op vier graden nog steeds troebel."),
                new Pair("Mijn flesjes zijn na drie weken nog plat", "Ik heb suiker toegevoegd maar er is geen prik als ik ze open.",
                        "Geen koolzuur in gebotteld bier", "De flessen rijpen al 21 dagen na en het bier heeft geen bubbels."),
                new Pair("Mijn lager smaakt naar boter", "Er zit een boterige smaak, als popcorn, in het afgewerkte bier.",
                        "Botersmaak in een lager", "Het bier smaakt naar boter; waar komt dat door en hoe krijg ik het weg?"),
                new Pair("De app vindt mijn gistingskoelkastregelaar niet", "Koppelen via Bluetooth mislukt elke keer op mijn telefoon.",
                        "Regelaar verschijnt niet in de app", "Mijn telefoon ziet de temperatuurregelaar niet via Bluetooth."),
                new Pair("Mijn maischrendement is maar 60 procent", "Ik haal veel minder suiker uit het mout dan het recept verwacht.",
                        "Laag rendement bij brouwen met mout", "Het begin-SG ligt altijd ver onder het doel van het recept."),
                new Pair("Wanneer moet ik droog hoppen?", "Is het beter om tijdens de actieve gisting droog te hoppen of erna?",
                        "Het juiste moment om droog te hoppen", "Gaat de hop erin terwijl de gist werkt of pas als de gisting klaar is?"),
                new Pair("Mijn moutmolen kwam kapot aan, hoe stuur ik hem terug?", "Het handvat was in de doos afgebroken; ik wil een vervanging.",
                        "Beschadigde molen bij levering", "Wat is de procedure om een moutmolen die beschadigd aankwam terug te sturen?"),
                new Pair("Moet ik gips aan mijn brouwwater toevoegen?", "Mijn kraanwater is zacht en ik brouw hoppige IPA's.",
                        "Zacht water aanpassen voor een IPA", "Hoeveel calciumsulfaat voeg ik toe aan zacht water voor een bitter bier?"),
                new Pair("Heb ik een giststarter nodig voor vloeibare gist?", "Ik heb een buisje vloeibare gist gekocht voor een zwaar bier.",
                        "Een starter maken met een buisje vloeibare gist", "Is één buisje genoeg voor een bier met een hoog soortelijk gewicht of moet ik het eerst laten groeien?"),
                new Pair("Mijn inductieplaat schakelt uit tijdens het koken", "Hij toont fout E3 na tien minuten met een volle pan.",
                        "Inductiekookplaat fout E3 bij het koken van wort", "De kookplaat stopt met het verwarmen van de ketel en toont E3."),
                new Pair("Is mijn bier geïnfecteerd?", "Er ligt een wit vlies bovenop het bier in het gistvat.",
                        "Witte laag drijft op het gistende bier", "Er is een bleek vel op het oppervlak ontstaan; is de batch bedorven?"),
                new Pair("Hoe corrigeer ik een hydrometermeting voor de temperatuur?", "Ik heb het wort gemeten terwijl het nog warm was.",
                        "Temperatuurcorrectie van de hydrometer", "Het monster was 40 graden toen ik het soortelijk gewicht las; hoe pas ik dat aan?"),
                new Pair("Ik kan niet inloggen in de winkel met mijn wachtwoord", "De site zegt dat mijn wachtwoord fout is, hoewel ik het net heb hersteld.",
                        "Inloggen mislukt na het herstellen van het wachtwoord", "Zelfs met het nieuwe wachtwoord weigert de webwinkel mij aan te melden."),
                new Pair("Hoe lang duurt de levering naar België?", "Ik heb maandag een brouwpakket besteld en wil weten wanneer het aankomt.",
                        "Levertijd voor bestellingen naar België", "Wanneer wordt een pakket dat begin van de week besteld is in Brussel geleverd?"),
                new Pair("Er is een fles ontploft in mijn kast", "Overal glas; ik ben bang dat de andere flessen ook barsten.",
                        "Flessen met te veel koolzuur springen", "Een van mijn flessen is geknapt; hoe maak ik de rest veilig?"),
                new Pair("Wat is de snelste manier om wort na het koken af te koelen?", "Het duurt uren voordat mijn pan de entemperatuur bereikt.",
                        "Heet wort snel afkoelen", "Hoe breng ik gekookt wort sneller naar de temperatuur voor de gist?"),
                new Pair("Hoeveel suiker per fles om na te gisten?", "Ik bottel in flesjes van 33 cl en wil gemiddeld koolzuur.",
                        "Suikerdosis voor kleine flesjes", "Hoeveel suiker gaat er in elk flesje van 330 ml voor normale prik?"),
                new Pair("Mijn digitale weegschaal geeft het verkeerde gewicht aan", "Hij geeft 20 gram te veel aan voor de hop.",
                        "Een keukenweegschaal kalibreren voor hop", "De weegschaal wijkt twintig gram af; hoe kalibreer ik hem opnieuw?")));
        SETS.put("fr", List.of(
                new Pair("Ma bière ne fermente plus après deux jours", "Le barboteur ne fait plus de bulles et la densité reste bloquée à 1,030.",
                        "Fermentation bloquée à une densité élevée", "Après 48 heures il ne se passe plus rien et le densimètre indique toujours 1030."),
                new Pair("Comment nettoyer mes fûts sans les rayer ?", "Je veux enlever le tartre de bière de fûts en inox.",
                        "Enlever le tartre d'un fût en inox", "Quel produit retire les dépôts sans abîmer l'acier ?"),
                new Pair("Pourquoi ma bière est-elle trouble même après des semaines au frigo ?", "Ma pale ale reste voilée alors que je l'ai refroidie.",
                        "La pale ale ne s'éclaircit pas après refroidissement", "La bière est toujours trouble après un mois à quatre degrés."),
                new Pair("Mes bouteilles sont plates après trois semaines", "J'ai ajouté du sucre de refermentation mais rien ne pétille à l'ouverture.",
                        "Pas de gazéification dans la bière en bouteille", "Les bouteilles sont en garde depuis 21 jours et la bière n'a aucune bulle."),
                new Pair("Ma lager a un goût de beurre", "La bière finie a une saveur beurrée, comme du pop-corn.",
                        "Goût de beurre dans une lager", "La bière a un goût de beurre ; d'où vient-il et comment l'éliminer ?"),
                new Pair("L'application ne trouve pas le contrôleur de mon frigo de fermentation", "L'appairage Bluetooth échoue à chaque fois sur mon téléphone.",
                        "Le contrôleur n'apparaît pas dans l'application", "Mon téléphone ne détecte pas le régulateur de température en Bluetooth."),
                new Pair("Mon rendement d'empâtage n'est que de 60 pour cent", "J'extrais beaucoup moins de sucre du grain que prévu par la recette.",
                        "Faible rendement en tout-grain", "La densité initiale est toujours bien en dessous de la cible de la recette."),
                new Pair("Quand faut-il faire le houblonnage à cru ?", "Vaut-il mieux houblonner à cru pendant la fermentation active ou après ?",
                        "Le bon moment pour le houblonnage à cru", "Le houblon va-t-il dans la cuve pendant que la levure travaille ou une fois la fermentation finie ?"),
                new Pair("Mon moulin à grains est arrivé cassé, comment le retourner ?", "La manivelle s'est brisée dans le carton ; je veux un remplacement.",
                        "Moulin endommagé à la livraison", "Quelle est la procédure pour renvoyer un moulin à grains arrivé abîmé ?"),
                new Pair("Dois-je ajouter du gypse à mon eau de brassage ?", "Mon eau du robinet est douce et je brasse des IPA très houblonnées.",
                        "Corriger une eau douce pour une IPA", "Quelle quantité de sulfate de calcium ajouter à une eau douce pour une bière amère ?"),
                new Pair("Faut-il un levain pour une levure liquide ?", "J'ai acheté un tube de levure liquide pour une bière forte.",
                        "Préparer un levain avec un tube de levure liquide", "Un seul tube suffit-il pour une bière à forte densité ou faut-il d'abord le multiplier ?"),
                new Pair("Ma plaque à induction s'éteint pendant l'ébullition", "Elle affiche l'erreur E3 après dix minutes avec une marmite pleine.",
                        "Plaque à induction en erreur E3 pendant l'ébullition du moût", "La plaque arrête de chauffer la cuve et affiche E3."),
                new Pair("Ma bière est-elle infectée ?", "Il y a un film blanc à la surface de la bière dans le fermenteur.",
                        "Couche blanche qui flotte sur la bière en fermentation", "Une peau pâle s'est formée en surface ; le brassin est-il perdu ?"),
                new Pair("Comment corriger une mesure au densimètre selon la température ?", "J'ai mesuré le moût alors qu'il était encore chaud.",
                        "Correction de température du densimètre", "L'échantillon était à 40 degrés quand j'ai lu la densité ; comment l'ajuster ?"),
                new Pair("Je n'arrive pas à me connecter à la boutique avec mon mot de passe", "Le site dit que mon mot de passe est faux alors que je viens de le réinitialiser.",
                        "Connexion impossible après réinitialisation du mot de passe", "Même avec le nouveau mot de passe, la boutique en ligne refuse de m'identifier."),
                new Pair("Combien de temps prend la livraison en Belgique ?", "J'ai commandé un kit de brassage lundi et je veux savoir quand il arrive.",
                        "Délai d'expédition pour les commandes vers la Belgique", "Quand un kit commandé en début de semaine sera-t-il livré à Bruxelles ?"),
                new Pair("Une bouteille a explosé dans mon placard", "Du verre partout ; j'ai peur que les autres bouteilles éclatent aussi.",
                        "Bouteilles trop gazeuses qui éclatent", "Une de mes bouteilles a sauté ; comment sécuriser les autres ?"),
                new Pair("Quelle est la façon la plus rapide de refroidir le moût après l'ébullition ?", "Il faut des heures pour que ma marmite atteigne la température d'ensemencement.",
                        "Refroidir rapidement un moût chaud", "Comment ramener plus vite le moût bouilli à la température de la levure ?"),
                new Pair("Combien de sucre par bouteille pour la refermentation ?", "J'embouteille en 33 cl et je veux une gazéification moyenne.",
                        "Dose de sucre pour petites bouteilles", "Quelle quantité de sucre mettre dans chaque bouteille de 330 ml pour un pétillant normal ?"),
                new Pair("Ma balance numérique affiche un poids faux", "Elle indique 20 grammes de trop pour le houblon.",
                        "Étalonner une balance de cuisine pour le houblon", "La balance a vingt grammes d'écart ; comment la réétalonner ?")));
    }

    @BeforeAll
    static void measure() throws IOException {
        var embedder = new Embedder();
        var languages = new PostLanguages(Locale.ENGLISH);
        for (var set : SETS.entrySet()) FIGURES.put(set.getKey(), measure(set.getValue(), embedder, languages, set.getKey()));
        System.out.println("Finding a reworded duplicate among " + SETS.get("en").size() + " (precision at 1 / mean reciprocal rank):");
        System.out.println("language  meaning (MiniLM)  words as English  words in language  as members get it  posts detected right");
        FIGURES.forEach((language, f) -> System.out.printf(Locale.ROOT, "%-9s %.2f / %.2f       %.2f / %.2f       %.2f / %.2f        %.2f / %.2f        %.2f%n",
                language, f.meaningP1(), f.meaningMrr(), f.englishWordsP1(), f.englishWordsMrr(), f.wordsP1(), f.wordsMrr(),
                f.membersP1(), f.membersMrr(), f.detected()));
    }

    private static Figures measure(List<Pair> pairs, Embedder embedder, PostLanguages languages, String language) throws IOException {
        var directory = new ByteBuffersDirectory();
        var asEnglish = new ByteBuffersDirectory();
        var duplicates = new ArrayList<float[]>();
        int detected = 0;
        try (var writer = new IndexWriter(directory, IndexedQuestion.writerConfig());
             var englishWriter = new IndexWriter(asEnglish, IndexedQuestion.writerConfig())) {
            for (int i = 0; i < pairs.size(); i++) {
                var pair = pairs.get(i);
                var vector = embedder.embed(pair.duplicateTitle(), pair.duplicateBody());
                duplicates.add(vector);
                var document = new QuestionDocument(i + 1, 1, null, null, pair.duplicateTitle(), pair.duplicateBody(), Map.of(),
                        List.of(), "", "", 0, 0, false, false, false, Instant.EPOCH, false);
                var found = languages.of(document);
                if (found.equals(language)) detected++;
                writer.addDocument(IndexedQuestion.document(document, vector, found));
                englishWriter.addDocument(IndexedQuestion.document(document, vector, "en"));
            }
        }
        double meaningP1 = 0, meaningMrr = 0, englishP1 = 0, englishMrr = 0, wordsP1 = 0, wordsMrr = 0, membersP1 = 0, membersMrr = 0;
        try (var reader = DirectoryReader.open(directory); var englishReader = DirectoryReader.open(asEnglish)) {
            var searcher = new IndexSearcher(reader);
            var englishSearcher = new IndexSearcher(englishReader);
            for (int i = 0; i < pairs.size(); i++) {
                var pair = pairs.get(i);
                var vector = embedder.embed(pair.title(), pair.body());
                int meaning = 1;
                double own = dot(vector, duplicates.get(i));
                for (int j = 0; j < pairs.size(); j++) if (j != i && dot(vector, duplicates.get(j)) > own) meaning++;
                meaningP1 += meaning == 1 ? 1 : 0;
                meaningMrr += 1.0 / meaning;
                int english = rankOf(englishSearcher, SimilarRanking.rank(englishSearcher, pair.title(), pair.body(), null,
                        new MatchAllDocsQuery(), pairs.size()), i);
                englishP1 += english == 1 ? 1 : 0;
                englishMrr += english == 0 ? 0 : 1.0 / english;
                int words = rankOf(searcher, SimilarRanking.rank(searcher, pair.title(), pair.body(), null, new MatchAllDocsQuery(), pairs.size()), i);
                wordsP1 += words == 1 ? 1 : 0;
                wordsMrr += words == 0 ? 0 : 1.0 / words;
                int members = rankOf(searcher, SimilarRanking.rank(searcher, pair.title(), pair.body(), vector, new MatchAllDocsQuery(), pairs.size()), i);
                membersP1 += members == 1 ? 1 : 0;
                membersMrr += members == 0 ? 0 : 1.0 / members;
            }
        }
        int n = pairs.size();
        return new Figures(meaningP1 / n, meaningMrr / n, englishP1 / n, englishMrr / n, wordsP1 / n, wordsMrr / n, membersP1 / n, membersMrr / n, (double) detected / n);
    }

    /** Where the duplicate of question {@code i} came in the ranking, from 1; 0 when it was not ranked. */
    private static int rankOf(IndexSearcher searcher, List<Ranker.Ranked> ranked, int i) throws IOException {
        var stored = searcher.storedFields();
        for (int at = 0; at < ranked.size(); at++)
            if (stored.document(ranked.get(at).doc()).get(IndexedQuestion.ID).equals(Long.toString(i + 1))) return at + 1;
        return 0;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    @Test
    void findsEnglishDuplicatesAsTheSemEvalTuningExpects() {
        var english = FIGURES.get("en");
        assertThat(english.meaningP1()).isGreaterThanOrEqualTo(0.7);
        assertThat(english.membersP1()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void findsDutchAndFrenchDuplicatesAboveChance() {
        for (var language : List.of("nl", "fr")) {
            var figures = FIGURES.get(language);
            assertThat(figures.detected()).as(language + " posts detected").isGreaterThanOrEqualTo(0.8);
            assertThat(figures.wordsP1()).as(language + " by words").isGreaterThanOrEqualTo(0.3);
            assertThat(figures.membersP1()).as(language + " as members get it").isGreaterThanOrEqualTo(0.3);
        }
    }
}
