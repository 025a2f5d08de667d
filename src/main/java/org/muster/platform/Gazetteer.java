package org.muster.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Places found by name without asking anyone: GeoNames' towns and cities (CC BY 4.0, fetched at build
 * time into places/ of the jar), searched in memory by the start of their name, whatever its case and
 * accents. The list has no population figures, so an exact name comes first, then places in the reader's
 * country (from his language, "nl-NL"), then the shortest names. Loaded on the first search, not at start-up.
 */
@Component
public class Gazetteer {

    /** A place as a form offers it: the label says which of several of the same name it is. */
    public record Place(String name, String region, String country, double latitude, double longitude, String label) {
    }

    private static final int SCANNED = 5000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Entry(String key, String name, String region, String country, double latitude, double longitude) {
    }

    private volatile Entry[] entries;

    /** Places whose name starts with the text (two letters at least), best first. */
    public List<Place> search(String text, int limit) {
        var prefix = key(text == null ? "" : text);
        if (prefix.length() < 2 || prefix.length() > 100) return List.of();
        var all = entries();
        var found = new ArrayList<Entry>();
        for (int i = lowerBound(all, prefix); i < all.length && found.size() < SCANNED && all[i].key().startsWith(prefix); i++)
            found.add(all[i]);
        var locale = LocaleContextHolder.getLocale();
        var home = locale.getCountry();
        found.sort(Comparator.comparing((Entry e) -> !e.key().equals(prefix)).thenComparing(e -> !e.country().equals(home))
                .thenComparingInt(e -> e.name().length()).thenComparing(Entry::name).thenComparing(Entry::country));
        return found.stream().limit(Math.max(0, limit)).map(e -> place(e, locale)).toList();
    }

    /**
     * The places a name typed without help means: the one whose label it is ("Utrecht, Utrecht,
     * Netherlands", as the list offers it), else every place of exactly that name; none when unknown.
     */
    public List<Place> resolve(String text) {
        if (text == null || text.isBlank() || text.length() > 300) return List.of();
        var typed = key(text);
        var name = key(text.split(",", 2)[0]);
        var named = search(name, SCANNED).stream().filter(p -> key(p.name()).equals(name)).toList();
        var labelled = named.stream().filter(p -> key(p.label()).equals(typed)).toList();
        return labelled.isEmpty() ? named : labelled.subList(0, 1);
    }

    private static Place place(Entry e, Locale locale) {
        var country = Locale.of("", e.country()).getDisplayCountry(locale);
        var label = e.region().isEmpty() || e.region().equals(e.name()) ? e.name() + ", " + country
                : e.name() + ", " + e.region() + ", " + country;
        return new Place(e.name(), e.region(), e.country(), e.latitude(), e.longitude(), label);
    }

    /** Lower case without accents, so "Zurich" finds Zürich and "sao" São Paulo. */
    static String key(String text) {
        var stripped = text.strip();
        // Most names are plain ASCII: lower case is all they need, which keeps loading the list quick.
        if (stripped.chars().allMatch(c -> c < 128 && !Character.isWhitespace(c) || c == ' ') && !stripped.contains("  "))
            return stripped.toLowerCase(Locale.ROOT);
        var folded = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return folded.replace("ø", "o").replace("ł", "l").replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("đ", "d").replace("ı", "i").replaceAll("\\s+", " ");
    }

    private static int lowerBound(Entry[] all, String prefix) {
        int low = 0;
        int high = all.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (all[mid].key().compareTo(prefix) < 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private Entry[] entries() {
        var loaded = entries;
        if (loaded != null) return loaded;
        synchronized (this) {
            if (entries == null) entries = load();
            return entries;
        }
    }

    private static Entry[] load() {
        var regions = new HashMap<String, String>();
        read("places/regions.tsv.gz", cells -> regions.put(cells[0], cells[1]));
        var list = new ArrayList<Entry>(180_000);
        read("places/cities.tsv.gz", cells -> list.add(new Entry(key(cells[0]), cells[0],
                regions.getOrDefault(cells[3] + "." + cells[4], ""), cells[3], Double.parseDouble(cells[1]),
                Double.parseDouble(cells[2]))));
        var all = list.toArray(Entry[]::new);
        Arrays.sort(all, Comparator.comparing(Entry::key));
        return all;
    }

    /** One line per place, cells separated by tabs; the brackets of the JSON list it was cut from are left over. */
    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        var stream = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) throw new IllegalStateException(resource + " is missing: the build fetches it (maven-antrun-plugin)");
        try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("[")) line = line.substring(1);
                var cells = line.split("\t", -1);
                if (cells.length >= 2 && !cells[0].isEmpty()) row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
