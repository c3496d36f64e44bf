package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Institutions an English article names in French, Spanish, Italian or Portuguese: "the Cour suprême", "the Institut
 * de physique du globe de Paris", "the Università degli Studi della Repubblica di San Marino", "the Ligue nationale de
 * rugby". Such a name goes on past the head word in lower case, which the model (trained on English) does not follow:
 * it stops at the head or finds the place at the end. A capitalised head word of an institution in those languages
 * begins a name that runs on over the languages' linking words ("de", "du", "della", "pour l’", "y", "et") with the
 * word after each, over capitalised words, and over lower-case adjectives of those languages (accented, or ending
 * as "nationale", "volcanologique", "coutumier", "nacional" do). Heads that are English words too ("Front",
 * "Administration", "Centre", "Commission") begin one only where a linking word no English word looks like ("de",
 * "des", "d’") or an accented word follows ("the Administration des ponts et chaussées", "the Front Démocratique",
 * not "the Front Row" or "the Union official"). The words the model found before the head belong to the name ("Haute
 * Autorité de santé"), a nationality does not. The whole name is an organisation, in place of what was found on its
 * words, unless the gazetteers know an organisation on all of them. Only in articles in English: in the languages
 * themselves their models find such names, and "de" there runs on into the sentence.
 */
public final class ForeignInstitutionNames {

    /** Heads that are no English words. */
    private static final String HEADS = "Agence|Agencia|Agenzia|Agência|Autorité|Autoridad|Autorità|Autoridade|"
            + "Société|Sociedad|Società|Sociedade|Associazione|Asociación|Associação|Conseil|Consejo|Consiglio|Conselho|"
            + "Osservatorio|Observatorio|Observatoire|Comisión|Commissione|Comissão|Instituto|Institut|Istituto|"
            + "Ministerio|Ministère|Ministero|Ministério|Banco|Banque|Compagnie|Compañía|Companhia|Fundación|"
            + "Fondation|Fondazione|Fundação|Universidad|Université|Università|Universidade|Partido|Parti|Partito|"
            + "Sindicato|Syndicat|Sindacato|Cámara|Câmara|Chambre|Federación|Fédération|Federazione|Federação|"
            + "Confédération|Confederación|Confederazione|Corporación|Empresa|Entreprise|Hôpital|Ospedale|"
            + "Orchestre|Orquesta|Dirección|Direzione|Direção|Servicio|Servizio|Serviço|Secretaría|Secrétariat|"
            + "Tribunale|Consorcio|Consorzio|Defensoría|Comité|Comitato|Cour|Corte|Sénat|Senado|Senato|Ligue|Lega|"
            + "Unione|Unión|União|Rassemblement|Mouvement|Movimiento|Movimento|Muséum|Musée|Museo|Museu|Caisse|Caja|"
            + "Cassa|Assemblée|Asamblea|Assemblea|Assembleia|Conservatoire|Conservatorio|Académie|Academia|Accademia|"
            + "Théâtre|Teatro|Bibliothèque|Biblioteca|École|Escuela|Scuola|Escola|Fonderie|Régie|Préfecture|"
            + "Prefectura|Prefettura|Procuraduría|Fiscalía|Contraloría|Superintendencia|Gendarmerie|Polícia|Policía|"
            + "Polizia|Frente|Alianza|Alleanza|Aliança|Congreso|Congresso|Amministrazione|Administración|"
            + "Administração|Oficina|Instituição|Institución|Istituzione|CHU";
    /** Heads that are English words too: they begin a name only with a linking word or an adjective after them. */
    private static final Set<String> ENGLISH_TOO = Set.of(
            "Front",
            "Administration",
            "Centre",
            "Centro",
            "Commission",
            "Direction",
            "Tribunal",
            "Union",
            "Office",
            "Alliance",
            "Institution",
            "Hospital",
            "Camera",
            "Junta",
            "Banca",
            "Liga");

    /** All heads, looked up word by word: a set, not an alternation the regex engine would try at every position. */
    private static final Set<String> ALL_HEADS = allHeads();
    /** A capitalised word, standing alone (not inside a hyphenated or an elided word). */
    private static final Pattern CAPITALISED_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}’'-])\\p{Lu}[\\p{L}\\p{M}]*(?![\\p{L}\\p{N}’'-])");

    private static final String WORD = "\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*";
    /**
     * A linking word and the word it links: " de physique", " pour l’Unité", " degli Studi", " et chaussées"; group 1
     * the linking word, group 2 the word.
     */
    private static final Pattern LINKED =
            Pattern.compile("^ ((?:et |y |e )?(?:(?:de |pour |per |à )?(?:d|l|dell|all)[’']"
                    + "|(?:de la|de las|de los|del|de|du|des|della|dello|delle|degli|dei|di|da|do|dos|das|en|per la|per il|"
                    + "pour la|pour le|pour les|para la|para el|contre le|contre la|contra el|contra la|y|e|et|à la|au|aux) ))("
                    + WORD + ")");
    /** Linking words that are English words too, or look like them: no sign on their own of another language. */
    private static final Set<String> WEAK_LINKS = Set.of("en ", "e ", "y ", "et ", "do ", "da ", "di ", "au ", "aux ");
    /** Names of places: "Senado Square" is a square, the "Cour d’honneur" a palace's courtyard. */
    private static final Pattern PLACE = Pattern.compile(
            ".* (?:Square|Street|Road|Avenue|Plaza|Park|Bridge|Tower|Building|Station|Stadium)|Cour d[’']honneur");

    private static final Pattern CAPITALISED =
            Pattern.compile("^ (\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)" + "(?![’']s\\b)");
    private static final Pattern LOWER = Pattern.compile("^ (\\p{Ll}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)");
    /** Adjectives of those languages, by their endings ("nationale", "volcanologique", "coutumier", "autónomo"). */
    private static final Pattern ROMANCE_ADJECTIVE = Pattern.compile(".*(?:ale|ales|aux|ique|iques|aire|aires|elle|"
            + "elles|ienne|iennes|ien|iens|aise|aises|oise|oises|ano|ana|anos|anas|ico|ica|icos|icas|ivo|iva|ivos|ivas|"
            + "onal|eral|tral|ali|ese|esi|ario|aria|arie|ari|ier|ière|ières|iers|eux|euse|euses|ado|ada|ados|adas|ido|"
            + "ida|idos|idas|ato|ata|ati|oso|osa|osi|nome|nomo|noma|iore|iori|ieur|ieure)");

    private static final Pattern ACCENTED = Pattern.compile(".*[àâäçéèêëîïôöûùüÿñóíáúãõ].*");
    /** English words with those endings, which follow an institution's name in an English sentence. */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "as",
            "was",
            "has",
            "said",
            "sale",
            "male",
            "female",
            "scale",
            "tale",
            "whale",
            "pale",
            "stale",
            "morale",
            "finale",
            "locale",
            "resale",
            "wholesale",
            "rationale",
            "these",
            "cheese",
            "unique",
            "technique",
            "boutique",
            "antique",
            "millionaire",
            "billionaire",
            "questionnaire",
            "earlier",
            "easier",
            "carrier",
            "premier",
            "barrier",
            "frontier",
            "soldier",
            "supplier",
            "cashier",
            "dossier",
            "heavier",
            "busier",
            "general",
            "several",
            "data",
            "idea",
            "via",
            "area",
            "media",
            "extra",
            "made",
            "trade",
            "decade",
            "tornado",
            "volcano",
            "piano",
            "safari",
            "ahead");

    private static final int MOST_WORDS = 12;

    private ForeignInstitutionNames() {}

    /** The candidates of an article in English, with each such name in place of what was found on its words. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts, String language) {
        if (!"en".equals(language)) {
            return candidates;
        }
        return Span.replacing(
                candidates,
                zoneTexts,
                (zone, text) -> names(zone, text).stream()
                        .filter(name -> candidates.stream().noneMatch(other -> knownOn(other, name)))
                        .map(name -> withWordsBefore(name, candidates, text))
                        .toList());
    }

    /**
     * The name with the words before its head that the model took for part of it ("Haute Autorité de santé"), but
     * not a nationality ("the French Institut de recherche pour le développement").
     */
    private static Span withWordsBefore(Span name, List<Span> candidates, String text) {
        for (Span other : candidates) {
            if (other.zone() == name.zone()
                    && other.type() == EntityType.ORGANIZATION
                    && other.known() == null
                    && other.start() < name.start()
                    && other.end() > name.start()
                    && candidates.stream()
                            .noneMatch(demonym -> demonym.form() == MentionForm.DEMONYM
                                    && demonym.zone() == name.zone()
                                    && demonym.start() >= other.start()
                                    && demonym.start() < name.start())) {
                String whole = text.substring(other.start(), name.end());
                return new Span(
                        name.zone(),
                        other.start(),
                        name.end(),
                        whole,
                        EntityType.ORGANIZATION,
                        null,
                        MentionForm.NAME,
                        Words.of(whole).length);
            }
        }
        return name;
    }

    /** Whether a gazetteer's organisation covers the name: it names what the name names. */
    private static boolean knownOn(Span other, Span name) {
        return other.known() != null
                && other.type() == EntityType.ORGANIZATION
                && other.zone() == name.zone()
                && other.start() <= name.start()
                && other.end() >= name.end();
    }

    private static List<Span> names(ZoneName zone, String text) {
        List<Span> names = new ArrayList<>();
        Matcher head = CAPITALISED_WORD.matcher(text).useTransparentBounds(true);
        while (head.find()) {
            if (!ALL_HEADS.contains(head.group())) {
                continue;
            }
            int end = head.end();
            int words = 1;
            boolean plainlyForeign = false; // a linking word or an accented word of those languages
            while (words < MOST_WORDS) {
                String rest = text.substring(end, Math.min(text.length(), end + 60));
                Matcher linked = LINKED.matcher(rest);
                Matcher capitalised = CAPITALISED.matcher(rest);
                Matcher lower = LOWER.matcher(rest);
                if (linked.find()) {
                    end += linked.end();
                    plainlyForeign |= !WEAK_LINKS.contains(linked.group(1)) || isAccented(linked.group(2));
                } else if (capitalised.find()) {
                    end += capitalised.end();
                    plainlyForeign |= isAccented(capitalised.group(1));
                } else if (lower.find() && isRomanceAdjective(lower.group(1))) {
                    end += lower.end();
                    plainlyForeign |= isAccented(lower.group(1));
                } else {
                    break;
                }
                words++;
            }
            String headWord = head.group();
            boolean englishToo = ENGLISH_TOO.contains(headWord);
            String name = text.substring(head.start(), end);
            if (words == 1
                    || englishToo && !plainlyForeign
                    || PLACE.matcher(name).matches()) {
                continue;
            }
            names.add(Span.found(zone, head.start(), end, name, EntityType.ORGANIZATION));
            head.region(end, text.length());
        }
        return names;
    }

    private static Set<String> allHeads() {
        Set<String> heads = new HashSet<>(List.of(HEADS.split("\\|")));
        heads.addAll(ENGLISH_TOO);
        return Set.copyOf(heads);
    }

    private static boolean isAccented(String word) {
        return ACCENTED.matcher(word).matches();
    }

    private static boolean isRomanceAdjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !ENGLISH_WORDS.contains(lower)
                && (ACCENTED.matcher(lower).matches()
                        || ROMANCE_ADJECTIVE.matcher(lower).matches());
    }
}
