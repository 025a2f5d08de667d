package org.muster.moderation;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.muster.qa.Finding;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds secrets and personal data in text: private keys, well-known API key and token shapes, JWTs,
 * passwords in connection strings, configuration, logs and command lines or said in a sentence, e-mail
 * addresses, phone numbers (by libphonenumber), payment card numbers (Luhn-checked), IBANs
 * (checksum-checked) and public IP addresses. Each kind is a pattern plus a check that keeps look-alikes
 * (order numbers, versions, commit hashes, placeholders in a key's shape) out.
 */
@Component
class Redactor {

    /** One kind of finding and where it occurs in a text, as [start, end) pairs. */
    private record Detector(String kind, String label, Function<String, List<int[]>> spans) {
    }

    /** A reference word shortly before digits makes them an order, ticket or tracking number, not a phone. */
    // A carrier's name makes the digits after it a parcel's; "#" counts only right before them ("my # is" is a phone's).
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:\\b(?:order|invoice|ticket|case|ref|reference|tracking|serial|sku|part|item|build|version|release|id|isbn"
                    + "|parcel|shipment|consignment|dhl|dpd|gls|ups|usps|fedex|tnt|postnl|colissimo)\\b[^\\n]{0,20}|#\\s*)$");

    /** Letters joined to the digits by a hyphen (NL-2024-558812, INV-0612345678) make a reference, not a phone. */
    private static final Pattern LETTERS_JOINED = Pattern.compile("\\p{L}+-$");

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /**
     * ZZ finds numbers written with a country code; the others read the national formats of countries
     * many members write from. Countries whose mobile numbers have no trunk prefix (Spain, Italy) are left
     * out: their national numbers look like any nine or ten digits, such as a ZIP+4 code.
     */
    private static final List<String> PHONE_REGIONS = List.of("ZZ", "US", "GB", "FR", "DE", "NL", "BE", "CH", "AT", "IE", "AU");

    /** Four dotted numbers after these words are a version, not an IP address. */
    private static final Pattern VERSION_BEFORE = Pattern.compile("\\b(?:version|ver|v|build|release|firmware)\\s*$");

    /** Day, month and year however separated, or an ISO date: digits that libphonenumber may read as a number. */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})(?!\\d|[./-]\\d)");

    /** Domains reserved for documentation and tests (RFC 2606, RFC 6761): nobody's mailbox, e.g. name@example.com. */
    private static final Pattern DOCUMENTATION_DOMAIN = Pattern.compile(
            "(?i)@(?:[a-z0-9\\-]+\\.)*(?:example\\.(?:com|net|org)|example|test|invalid|localhost)$");

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\.(?:png|jpe?g|gif|svg|webp|ico|pdf|js|css|html?|json|xml|ya?ml|txt|md|zip|gz|tar|java|py|rb|go|rs|ts)");

    private static final List<Detector> DETECTORS = List.of(
            detector("private-key", "private key",
                    "-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----|\\z)"),
            key("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b"),
            key("\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b"),
            key("\\bgithub_pat_[A-Za-z0-9_]{60,255}\\b"),
            key("\\bglpat-[A-Za-z0-9_\\-]{20,}\\b"),
            key("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
            key("https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"),
            key("\\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\\b"),
            key("\\bwhsec_[A-Za-z0-9]{24,}\\b"),
            key("\\bAIza[0-9A-Za-z_\\-]{35}(?![0-9A-Za-z_\\-])"),
            key("\\bsk-(?:proj-|ant-(?:api03-)?)?[A-Za-z0-9_\\-]{32,}"),
            key("\\bSG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}\\b"),
            key("\\bnpm_[A-Za-z0-9]{36}\\b"),
            key("\\bpypi-[A-Za-z0-9_\\-]{50,}"),
            key("\\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\\b"),
            key("\\bdop_v1_[a-f0-9]{64}\\b"),
            key("\\bSK[0-9a-f]{32}\\b"),
            key("(?i)\\baws_secret_access_key\\s*[=:]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", 1),
            key("(?i)\\bAccountKey=([A-Za-z0-9+/]{40,}={0,2})", 1),
            detector("jwt", "access token", "\\beyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"),
            detector("token", "access token", "(?i)\\bauthorization:\\s*(?:bearer|basic|token)\\s+([A-Za-z0-9._~+/\\-]{16,}=*)", 1,
                    m -> !placeholderKey(m.group(1))),
            detector("password", "password",
                    "\\b[a-zA-Z][a-zA-Z0-9+.\\-]{1,20}://[^\\s:/@\"'<>]{0,64}:([^\\s@/\"'<>]{1,128})@[A-Za-z0-9.\\-\\[]", 1,
                    m -> !placeholder(m.group(1))),
            detector("password", "password",
                    "(?i)(?<![A-Za-z0-9_])(?:[A-Za-z0-9]+[_.\\-])*(?:password|passwd|pwd|pass|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|private[_-]?key)[\"']?\\s*(?:[:=]|=>)\\s*[\"']?([^\\s\"',;<>]{4,128})",
                    1, m -> !placeholder(m.group(1))),
            // Said in a sentence: "my wifi password is …", "mot de passe … est …", "wachtwoord … is …",
            // "Kennwort lautet …", "contraseña … es …"; a few words may name what it opens.
            detector("password", "password", "(?iU)(?:\\b(?:password|passwd|passcode|passphrase|mot de passe|mdp|contraseña|clave)"
                    + "|(?<!\\p{L})\\p{L}*(?:wachtwoord|passwort|kennwort))(?:[\\s\\-]+[\\p{L}\\p{N}\\-']{1,20}){0,4}?"
                    + "(?:\\s+(?:is|was|est|était|ist|lautet|war|luidt|es|era)\\b\\s*:?|\\s*:)\\s*"
                    + "(?:(?:now|still|just|le|la|el|nu|nog|gewoon|jetzt|noch|einfach|maintenant|toujours|ahora)\\s+)?[\"'«“]?"
                    + "(\\S{5,127}[^\\s.,;:?!)\\]\"'»”])", 1, m -> passwordLike(m.group(1))),
            // On a command line: mysql -u root -pSECRET (no space after -p), sshpass -p SECRET, curl -u user:SECRET.
            detector("password", "password",
                    "\\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mariadb(?:-dump|-admin)?)\\b[^\\n|;&]*?\\s-p([^\\s\"']{4,128})",
                    1, m -> !placeholder(m.group(1))),
            detector("password", "password", "\\bsshpass\\s+-p\\s*([^\\s\"']{4,128})", 1, m -> !placeholder(m.group(1))),
            detector("password", "password", "\\bcurl\\b[^\\n|;&]*?\\s(?:-u|--user)\\s*[\"']?[^\\s:\"']+:([^\\s\"'@]{4,128})", 1,
                    m -> !placeholder(m.group(1))),
            // Before cards: an IBAN's digits can pass for a card number.
            detector("iban", "IBAN", "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b", 0,
                    m -> iban(m.group())),
            detector("card", "payment card number", "(?<![\\d.\\-/+])(?:\\d[ -]?){12,18}\\d(?![\\d.\\-/])", 0,
                    m -> card(m.group())),
            detector("email", "e-mail address",
                    "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63})*\\.[A-Za-z]{2,24}\\b(?!:)",
                    0, m -> !m.group().startsWith("git@") && !FILE_NAME.matcher(m.group()).matches()
                            && !DOCUMENTATION_DOMAIN.matcher(m.group()).find()),
            // Before phones: four dotted groups (93.184.216.34) can also read as a ten-digit national number.
            detector("ip", "IP address", "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w.]|\\.\\d)", 0, (m, text) -> publicIpv4(m) && !VERSION_BEFORE.matcher(before(text, m.start())).find()),
            detector("ip", "IP address", "(?i)(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])|(?<![\\w:])(?:[0-9a-f]{1,4}:){2,6}:(?:[0-9a-f]{1,4}:?){1,5}[0-9a-f]{1,4}(?![\\w:])",
                    0, Redactor::publicIpv6),
            new Detector("phone", "phone number", Redactor::phones));

    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("CH", 21), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IT", 27),
            Map.entry("LU", 20), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("TR", 26),
            Map.entry("AE", 23), Map.entry("SA", 24), Map.entry("IL", 23), Map.entry("BG", 22), Map.entry("LT", 20),
            Map.entry("LV", 21), Map.entry("EE", 20), Map.entry("MT", 31), Map.entry("CY", 28), Map.entry("IS", 26));

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:[*x•.#_\\-]+|<[^>]*>?|\\[[^]]*]?|\\{[^}]*}?|\\([^)]*\\)?|\\$\\{?[A-Za-z_][A-Za-z0-9_.]*}?|%[A-Za-z_]+%?|\\$[0-9]+|"
                    + "(?:your|my|the|some|example|sample|dummy|placeholder|changeme|redacted|hidden|secret|password|pass|"
                    + "pwd|null|none|true|false|required|optional|string|str|value|token|key|env|undefined|"
                    + "yes|no|enabled|disabled|empty|blank|masked|removed)(?:[_-]?[a-z]+)*|\\d{1,4})$");

    /** Findings in text order, none overlapping (an earlier detector wins a tie). */
    public List<Finding> find(String text) {
        if (text == null || text.isEmpty()) return List.of();
        var found = new ArrayList<Finding>();
        for (var detector : DETECTORS)
            for (var span : detector.spans().apply(text)) {
                int start = span[0], end = span[1];
                if (masked(text, start)) continue;
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end()))
                    found.add(new Finding(detector.kind(), detector.label(), start, end));
            }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    /** The text with every finding replaced by a mask naming its kind, e.g. [redacted API key]. */
    public String mask(String text) {
        var findings = find(text);
        if (findings.isEmpty()) return text;
        var out = new StringBuilder();
        int at = 0;
        for (var finding : findings) {
            out.append(text, at, finding.start()).append(maskOf(finding.label()));
            at = finding.end();
        }
        return out.append(text.substring(at)).toString();
    }

    static String maskOf(String label) {
        return "[redacted " + label + "]";
    }

    private static boolean masked(String text, int start) {
        return text.startsWith("[redacted ", start);
    }

    /** A key of a well-known shape, unless it is a placeholder written in that shape (sk_live_xxxxxxxxxxxxxxxx). */
    private static Detector key(String regex) {
        return key(regex, 0);
    }

    private static Detector key(String regex, int group) {
        return detector("api-key", "API key", regex, group, m -> !placeholderKey(m.group(group)));
    }

    private static Detector detector(String kind, String label, String regex) {
        return detector(kind, label, regex, 0, m -> true);
    }

    private static Detector detector(String kind, String label, String regex, int group) {
        return detector(kind, label, regex, group, m -> true);
    }

    private static Detector detector(String kind, String label, String regex, int group, Predicate<Matcher> valid) {
        return detector(kind, label, regex, group, (m, text) -> valid.test(m));
    }

    /** A pattern, the group that is the secret itself, and a check of the match in its text. */
    private static Detector detector(String kind, String label, String regex, int group, BiPredicate<Matcher, String> valid) {
        var pattern = Pattern.compile(regex);
        return new Detector(kind, label, text -> {
            var spans = new ArrayList<int[]>();
            var matcher = pattern.matcher(text);
            while (matcher.find()) if (valid.test(matcher, text)) spans.add(new int[]{matcher.start(group), matcher.end(group)});
            return spans;
        });
    }

    /** Up to 40 characters before a position, lower-cased: the words that say what a number is. */
    private static String before(String text, int position) {
        return text.substring(Math.max(0, position - 40), position).toLowerCase(Locale.ROOT);
    }

    static boolean placeholder(String value) {
        var stripped = value.replaceAll("[\"'`]+$", "");
        return PLACEHOLDER.matcher(stripped).matches() || stripped.chars().distinct().count() == 1;
    }

    /** 13 to 19 digits that pass the Luhn check and start like a card network's numbers. */
    static boolean card(String candidate) {
        var digits = candidate.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19) return false;
        if (!digits.matches("4.*|5[1-5].*|2[2-7].*|3[47].*|6(?:011|5|4[4-9]).*|35.*|3[068].*|62.*")) return false;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * A real key is random: one character (AKIA0000000000000000) or x, X and * (sk_live_xxxxxxxxxxxxxxxx)
     * filling half of it or more is a placeholder in the key's shape.
     */
    static boolean placeholderKey(String key) {
        long masks = key.chars().filter(c -> c == 'x' || c == 'X' || c == '*').count();
        long mostOfOne = key.chars().boxed().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        return 2 * Math.max(masks, mostOfOne) >= key.length();
    }

    /**
     * What a person would choose as a password, not a word of the sentence ("is incorrect", "ist zu kurz"):
     * six characters or more with letters and a digit or a symbol; a hyphen or apostrophe alone is a word's.
     */
    static boolean passwordLike(String value) {
        return value.length() >= 6 && !value.contains("://") && value.chars().anyMatch(Character::isLetter)
                && value.chars().anyMatch(c -> !Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019')
                && !placeholder(value);
    }

    /** A known country's IBAN length and the mod-97 checksum. */
    static boolean iban(String candidate) {
        var compact = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        var length = IBAN_LENGTHS.get(compact.substring(0, 2));
        if (length == null || compact.length() != length) return false;
        var rearranged = compact.substring(4) + compact.substring(0, 4);
        var numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /**
     * Phone numbers as libphonenumber reads them. Written with a country code (+33 6 6614 5197) in any
     * grouping, a number of a possible length for that country counts: nothing else is written that way,
     * and fictional ranges still read as someone's number. Written nationally, only a valid number of a
     * region members often write from counts, with the region's trunk 0 where it dials one, and grouped
     * as people write them (06 12 34 56 78, 07700 900456, (415) 555-0132). Never when the text just before
     * makes the digits an order, invoice or tracking reference (a word, or letters joined by a hyphen), nor
     * when they are a date or a card number.
     */
    private static List<int[]> phones(String text) {
        var spans = new ArrayList<int[]>();
        for (var region : PHONE_REGIONS) {
            var leniency = region.equals("ZZ") ? PhoneNumberUtil.Leniency.POSSIBLE : PhoneNumberUtil.Leniency.VALID;
            var trunk = PHONES.getNddPrefixForRegion(region, true);
            for (var match : PHONES.findNumbers(text, region, leniency, Long.MAX_VALUE)) {
                int start = match.start(), end = match.end();
                var raw = match.rawString();
                if (spans.stream().anyMatch(s -> s[0] < end && start < s[1])) continue;
                if ("0".equals(trunk) && !raw.matches("\\+.*|\\(?0.*")) continue;
                // Without a country code, an unbroken run of digits is more often a reference than a number someone wrote.
                if (!region.equals("ZZ") && raw.matches("\\d+")) continue;
                if (DATE.matcher(raw).find() || card(raw)) continue;
                if (REFERENCE_BEFORE.matcher(before(text, start)).find() || LETTERS_JOINED.matcher(before(text, start)).find()) continue;
                spans.add(new int[]{start, end});
            }
        }
        return spans;
    }

    /** Public addresses only: loopback, private, link-local, carrier-grade NAT, multicast and masks are not personal. */
    private static boolean publicIpv4(Matcher m) {
        var parts = m.group().split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].length() > 1 && parts[i].startsWith("0")) return false;
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) return false;
        }
        if (octets[0] == 0 || octets[0] == 10 || octets[0] == 127 || octets[0] >= 224) return false;
        if (octets[0] == 255 || (octets[0] == 169 && octets[1] == 254)) return false;
        if (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31) return false;
        if (octets[0] == 192 && octets[1] == 168) return false;
        if (octets[0] == 100 && octets[1] >= 64 && octets[1] <= 127) return false;
        return true;
    }

    private static boolean publicIpv6(Matcher m) {
        var address = m.group().toLowerCase(Locale.ROOT);
        if (address.chars().filter(c -> c == ':').count() < 3) return false;
        return !(address.startsWith("fe80") || address.startsWith("fc") || address.startsWith("fd")
                || address.startsWith("::") || address.startsWith("2001:db8"));
    }
}
