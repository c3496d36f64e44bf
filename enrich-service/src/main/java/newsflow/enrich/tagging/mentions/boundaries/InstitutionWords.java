package newsflow.enrich.tagging.mentions.boundaries;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.sport.TeamNames;
import newsflow.enrich.tagging.text.BodyNames;
import newsflow.enrich.tagging.text.LegalForms;
import newsflow.enrich.tagging.text.Words;

/**
 * Organisations the model calls people, told by a word of their names: an institution named in its own language
 * ("Agence régionale de santé", "Société Minière de Boké", "Zoologische Staatssammlung München", "Polska Grupa
 * Energetyczna") or a company by the word for its trade ("Sevan Acoustics", "Ridgeline Ventures", "Moonbridge Games",
 * "Rubin Observatory", "Oslo Børs", "Britten Sinfonia", "Distillerie Depaz", "Air Vanuatu"). No person's name holds
 * such a word, so a name of two words or more that the model calls a person and the gazetteers do not know is an
 * organisation when one of its words is one of them, or it begins or ends with a club's abbreviation ("SK Mojstrana";
 * not "AS", a person's initials too) or is a French club's "Stade" and its town's adjective ("Stade Toulousain"); and a
 * name the model calls a place is one when it ends in such a word ("Cambodia Rice Federation") or an acronym ("Tokyo
 * VAAC") or is a school district's, begins with an institution's word in its own language ("Instituto Nacional de
 * Estadística") or ends with one in a language that puts it last ("Tartu Ülikool"), begins or ends with a club's
 * abbreviation ("Lausanne HC", "FC Basel") or is a "Stade" club, or holds a word for a body before "of" ("the High
 * Court of Solomon Islands", "the Legislature of the Virgin Islands"). Any name that ends in a company's legal form is
 * one ("Apic Yamada Corp"), and so is a town's council, named by the Nordic word for a municipality after it
 * ("Tórshavnar kommuna").
 */
public final class InstitutionWords {

    /**
     * Words for institutions, newspapers and clubs in German, French, Spanish, Italian, Portuguese, Polish and Irish,
     * and the words for a university, a federation or a company in other languages (Serbian, Croatian, Czech, Malay,
     * Finnish, Hungarian, Slovene, Swedish, Danish, Japanese, Romanian, Catalan, Dzongkha, Welsh, Malagasy, Faroese, Turkish, Maltese, Indonesian, Filipino), a utility in the languages of the former
     * Yugoslavia ("Elektroprivreda"), a French house's name
     * ("Maison Véron"), a Spanish workshop ("Taller"), a German collection ("Sammlung"), French oil mills
     * ("Huileries"), a Dutch foundation or association ("Stichting", "Vereniging"), a Scandinavian or Finnish
     * association ("Förening", "Seura"), a Malay arts group ("Sanggar"), Turkish brothers' and securities firms
     * ("Kardeşler", "Menkul"), an Estonian university ("Tartu Ülikool"), a party's or a front's word in Bislama,
     * Dzongkha and Sinhala ("Vanua'aku Pati", "Druk Phuensum Tshogpa", "Samagi Jana Balawegaya"), the Irish state's
     * bodies "of Ireland" ("Uisce Éireann", "Dáil Éireann") and a town's government in Portuguese and Spanish
     * ("Prefeitura do Recife", "Ayuntamiento de Vigo", "Municipalidad de Lima").
     */
    private static final Set<String> FOREIGN = Set.of(
            "Agence",
            "Agencia",
            "Agenzia",
            "Agência",
            "Agentur",
            "Autorité",
            "Autoridad",
            "Autorità",
            "Autoridade",
            "Behörde",
            "Société",
            "Sociedad",
            "Società",
            "Sociedade",
            "Gesellschaft",
            "Associazione",
            "Asociación",
            "Associação",
            "Conseil",
            "Consejo",
            "Consiglio",
            "Conselho",
            "Ediciones",
            "Edições",
            "Éditions",
            "Edizioni",
            "Verlag",
            "Osservatorio",
            "Observatorio",
            "Observatoire",
            "Grupa",
            "Grupo",
            "Groupe",
            "Gruppo",
            "Staatssammlung",
            "Landespolizeidirektion",
            "Polizei",
            "Coimisiún",
            "Comisión",
            "Commissione",
            "Comissão",
            "Kommission",
            "Instituto",
            "Institut",
            "Istituto",
            "Ministerio",
            "Ministère",
            "Ministero",
            "Ministério",
            "Ministerium",
            "Banco",
            "Banque",
            "Compagnie",
            "Compañía",
            "Companhia",
            "Fundación",
            "Fondation",
            "Fondazione",
            "Fundação",
            "Stiftung",
            "Verband",
            "Verein",
            "Universidad",
            "Université",
            "Università",
            "Universidade",
            "Universität",
            "Hochschule",
            "Universitet",
            "Univerzitet",
            "Uniwersytet",
            "Univerzita",
            "Universiti",
            "Yliopisto",
            "Egyetem",
            "Szövetség",
            "Savez",
            "Zveza",
            "Liitto",
            "Förbund",
            "Forbund",
            "Shoten",
            "Partido",
            "Parti",
            "Partei",
            "Partito",
            "Sindicato",
            "Syndicat",
            "Sindacato",
            "Gewerkschaft",
            "Cámara",
            "Chambre",
            "Kammer",
            "Federación",
            "Fédération",
            "Federazione",
            "Federação",
            "Corporación",
            "Empresa",
            "Entreprise",
            "Minera",
            "Minière",
            "Mineração",
            "Energía",
            "Énergie",
            "Energetyczna",
            "Radiotelevisão",
            "Radiotelevisione",
            "Radiotelevisión",
            "Televisión",
            "Télévision",
            "Televisão",
            "Hôpital",
            "Klinikum",
            "Krankenhaus",
            "Orchestre",
            "Orquesta",
            "Dirección",
            "Direction",
            "Direzione",
            "Direção",
            "Servicio",
            "Servizio",
            "Serviço",
            "Secretaría",
            "Tribunal",
            "Tribunale",
            "Gericht",
            "Consorcio",
            "Consorzio",
            "Defensoría",
            "Comité",
            "Comitato",
            "Spółka",
            "Przedsiębiorstwo",
            "Zakłady",
            "Zeitung",
            "Volksblatt",
            "Tagblatt",
            "Anzeiger",
            "Rundschau",
            "Nachrichten",
            "Kurier",
            "Gazzetta",
            "Corriere",
            "Gazeta",
            "Diario",
            "Diário",
            "Jornal",
            "Deportivo",
            "Atletico",
            "Atlético",
            "Dinamo",
            "Hapoel",
            "Maccabi",
            "Beitar",
            "Spartak",
            "Lokomotiv",
            "Barys",
            "Dynamo",
            "Olympique",
            "Sporting",
            "Borsa",
            "Bolsa",
            "Boursa",
            "Börse",
            "Børs",
            "Distillerie",
            "Destilería",
            "Brasserie",
            "Brauerei",
            "Cervecería",
            "Air",
            "Maison",
            "Musique",
            "Musica",
            "Autoriti",
            "Govern",
            "Federația",
            "Asociația",
            "Thromde",
            "Épices",
            "Coop",
            "Cyngor",
            "Prifysgol",
            "Amgueddfa",
            "Banky",
            "Consultora",
            "Consultoria",
            "Desarrollo",
            "Banki",
            "Banka",
            "Bankası",
            "Elektroprivreda",
            "Infraestruturas",
            "Infraestructuras",
            "Tecnologia",
            "Tecnología",
            "Tecnologias",
            "Tecnologías",
            "Renovables",
            "Renováveis",
            "Birliği",
            "Derneği",
            "Vakfı",
            "Odası",
            "Belediyesi",
            "Üniversitesi",
            "Bakanlığı",
            "Kurumu",
            "Partisi",
            "Meclisi",
            "Sendikası",
            "Federasyonu",
            "Kulübü",
            "Kunsill",
            "Koperattiva",
            "Awtorità",
            "Otoritas",
            "Kementerian",
            "Lembaga",
            "Yayasan",
            "Koperasi",
            "Pederasyon",
            "Kapisanan",
            "Samahan",
            "Yhdistys",
            "Säätiö",
            "Osuuskunta",
            "Taller",
            "Sammlung",
            "Huilerie",
            "Huileries",
            "Stichting",
            "Vereniging",
            "Forening",
            "Förening",
            "Seura",
            "Sanggar",
            "Kardeşler",
            "Menkul",
            "Ülikool",
            "Ülikooli",
            "Pati",
            "Tshogpa",
            "Peramuna",
            "Balawegaya",
            "Éireann",
            "Prefeitura",
            "Ayuntamiento",
            "Municipalidad");
    /**
     * Words for a company's, a newspaper's, a journal's or an institution's trade in English names (and Indonesia's
     * broker, "Sekuritas"); not "Power", a surname too ("Jonathon Power").
     */
    private static final Set<String> ENGLISH = Set.of(
            "Acoustics",
            "Ventures",
            "Games",
            "Studios",
            "Records",
            "Pictures",
            "Brewery",
            "Holdings",
            "Airlines",
            "Airways",
            "Pharmaceuticals",
            "Technologies",
            "Industries",
            "Observatory",
            "Institute",
            "University",
            "Foundation",
            "Agency",
            "Authority",
            "Commission",
            "Association",
            "Federation",
            "Ministry",
            "Robotics",
            "Semiconductors",
            "Biotech",
            "Therapeutics",
            "Analytics",
            "Logistics",
            "Telecom",
            "Networks",
            "Network",
            "Accelerator",
            "Software",
            "Labs",
            "Digital",
            "Forum",
            "Capital",
            "Herald",
            "Gazette",
            "Tribune",
            "Chronicle",
            "Bourse",
            "Borsa",
            "Boursa",
            "Börse",
            "Børs",
            "Exchange",
            "Orchestra",
            "Sinfonia",
            "Sinfonietta",
            "Philharmonic",
            "Conservatory",
            "Conservatoire",
            "Academy",
            "Distillery",
            "Shipyard",
            "Cloud",
            "Sekuritas",
            "Films",
            "Biologics",
            "Ledger",
            "Spice",
            "Spices",
            "Shoppe",
            "Coop",
            "Journal",
            "Letters",
            "Proceedings",
            "Bulletin",
            "Annals",
            "Plantations",
            "Engineering",
            "Imports",
            "Exports",
            "Structural",
            "Construction",
            "Constructions",
            "Mining",
            "Minerals",
            "Foods",
            "Motors",
            "Shipping",
            "Ferries",
            "Haulage",
            "Collective",
            "Archive",
            "Archives",
            "Trust",
            "Energy",
            "Solar",
            "Works");

    /** Words of the trades that also end the names of places and events: "Federal Capital", "Commonwealth Games". */
    private static final Set<String> PLACE_TOO = Set.of("Capital", "Games");

    /**
     * The words before "Capital" that make it a seat of government or a title rather than a fund ("Federal Capital",
     * "European Capital"); after any other word, "Capital" ends a fund's or a firm's name ("Janngo Capital").
     */
    private static final Set<String> CAPITAL_OF = Set.of(
            "Federal",
            "National",
            "State",
            "Provincial",
            "Regional",
            "Imperial",
            "Royal",
            "European",
            "Cultural",
            "Financial",
            "World",
            "Global",
            "Former",
            "New",
            "Old",
            "Ancient",
            "Winter",
            "Summer",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Green",
            "Youth",
            "Creative",
            "Design",
            "Tech",
            "Music",
            "Food");

    /** An acronym of three letters or more that ends a place's name: "Tokyo VAAC" (its volcanic ash advisory centre). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");

    /**
     * The endings of compound words that name an association, a federation, a foundation or a newspaper in Swedish,
     * Danish, Norwegian, Finnish, Dutch and German: "Boendeförening", "Pesäpalloliitto", "Cultuurkrant",
     * "Fischereiverband".
     */
    private static final Pattern INSTITUTION_ENDING = Pattern.compile("\\p{L}{3,}(?:förening|föreningen|förbund"
            + "|förbundet|forening|foreningen|forbund|forbundet|liitto|yhdistys|seura|säätiö|vereniging|stichting|krant"
            + "|verband|verein|stiftung|gesellschaft|genossenschaft|zeitung)");

    /**
     * The words of {@link #FOREIGN} that end an institution's name in languages that put them last ("Tartu Ülikool",
     * "Turun Yliopisto", "Ankara Üniversitesi", "Druk Phuensum Tshogpa", "Uisce Éireann"), which make a name the model
     * calls a place an organisation; no place's name ends in one.
     */
    private static final Set<String> LAST_FOREIGN = Set.of(
            "Ülikool",
            "Ülikooli",
            "Yliopisto",
            "Egyetem",
            "Universitet",
            "Üniversitesi",
            "Belediyesi",
            "Bakanlığı",
            "Partisi",
            "Meclisi",
            "Kulübü",
            "Federasyonu",
            "Birliği",
            "Derneği",
            "Vakfı",
            "Odası",
            "Kurumu",
            "Sendikası",
            "Szövetség",
            "Liitto",
            "Förbund",
            "Forbund",
            "Pati",
            "Tshogpa",
            "Peramuna",
            "Balawegaya",
            "Éireann",
            "Prefeitura",
            "Ayuntamiento",
            "Municipalidad");

    /**
     * The Nordic words for a municipality, which follow the town's name as its council's ("Tórshavnar kommuna", "Oslo
     * kommune", "Kiruna kommun"): the body, an organisation, whether the model called it a person or a place.
     */
    private static final Set<String> MUNICIPALITY = Set.of("kommuna", "kommune", "Kommune", "kommun", "Kommun");

    /** The kinds of court that make a court's name a body's: "High Court", "Supreme Court", not "Earls Court". */
    private static final Set<String> COURT_KINDS = Set.of(
            "High",
            "Supreme",
            "Constitutional",
            "Federal",
            "District",
            "Crown",
            "Appeals",
            "Circuit",
            "Family",
            "Labour",
            "Labor",
            "Commercial",
            "Criminal",
            "Administrative",
            "Magistrates",
            "Magistrates'",
            "Magistrates’");

    /** A club's abbreviation ("AS Roma") that begins a person's name written with initials too ("AS Byatt"). */
    private static final String AS = "AS";

    private InstitutionWords() {}

    /** Whether a word of the name is an institution's or a trade's ("Banco del Sur", "Janngo Capital"). */
    public static boolean holdsOne(String[] words) {
        for (String word : words) {
            if (FOREIGN.contains(word) || ENGLISH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is a court's, a body the model calls a place after "in the": "the High Court", "the Supreme
     * Court of Appeal", "the Court of Appeal".
     */
    private static boolean isCourt(String[] words) {
        return words[words.length - 1].equals("Court") && COURT_KINDS.contains(words[words.length - 2])
                || words[0].equals("Court") && words[1].equals("of");
    }

    /** Whether the name is a school district's, a body: "Cuba-Rushford Central School District". */
    public static boolean isSchoolDistrict(String[] words) {
        return words.length >= 3
                && words[words.length - 1].equals("District")
                && words[words.length - 2].equals("School");
    }

    /** The candidates, with the model's people and places whose names hold an institution's word as organisations. */
    public static List<Span> retype(List<Span> candidates) {
        return candidates.stream().map(InstitutionWords::retype).toList();
    }

    private static Span retype(Span span) {
        if (span.known() != null || span.type() != EntityType.PERSON && span.type() != EntityType.LOCATION) {
            return span;
        }
        String[] words = Words.of(span.text());
        if (words.length < 2) {
            return span;
        }
        if (LegalForms.endsWithOne(words) || LegalForms.beginsWithOne(words)) {
            return span.as(EntityType.ORGANIZATION, null, span.form()); // "Apic Yamada Corp"
        }
        if (MUNICIPALITY.contains(words[words.length - 1])) {
            return span.as(EntityType.ORGANIZATION, null, span.form()); // "Tórshavnar kommuna"
        }
        if (span.type() == EntityType.LOCATION) {
            String last = words[words.length - 1];
            boolean organisation = ENGLISH.contains(last) && !PLACE_TOO.contains(last)
                    || last.equals("Capital") && !CAPITAL_OF.contains(words[words.length - 2])
                    || isSchoolDistrict(words)
                    || ACRONYM.matcher(last).matches() && !words[0].equals(words[0].toUpperCase(Locale.ROOT))
                    || FOREIGN.contains(words[0])
                    || LAST_FOREIGN.contains(last)
                    || INSTITUTION_ENDING.matcher(last).matches()
                    || isCourt(words)
                    || TeamNames.hasClubAbbreviation(words)
                    || TeamNames.isStadeClub(span.text())
                    || BodyNames.haveBodyOf(words);
            return organisation ? span.as(EntityType.ORGANIZATION, null, span.form()) : span;
        }
        if (TeamNames.hasClubAbbreviation(words) && !words[0].equals(AS) || TeamNames.isStadeClub(span.text())) {
            return span.as(EntityType.ORGANIZATION, null, span.form()); // "SK Mojstrana"; not "AS Byatt"
        }
        for (String word : words) {
            if (FOREIGN.contains(word)
                    || ENGLISH.contains(word)
                    || LegalForms.isOne(word)
                    || INSTITUTION_ENDING.matcher(word).matches()) {
                return span.as(EntityType.ORGANIZATION, null, span.form());
            }
        }
        return span;
    }
}
