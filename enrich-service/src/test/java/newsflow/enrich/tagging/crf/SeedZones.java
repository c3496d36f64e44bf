package newsflow.enrich.tagging.crf;

import java.util.List;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/** The seed article's zones as ingest cleans them (see ingest-service's ArticleCleanerTests). */
final class SeedZones {

    static final List<Zone> ZONES = List.of(
            new Zone(
                    ZoneName.HEADLINE, "Danish foreign minister shares tweet of mass-walkout during Russian UN speech"),
            new Zone(
                    ZoneName.STANDFIRST,
                    "The Russian foreign minister, Sergei Lavrov, addressed the UN Human Rights "
                            + "Council remotely, blaming his absence on “EU states blocking his flight path”."),
            new Zone(
                    ZoneName.BODY,
                    String.join(
                            "\n",
                            "The Danish foreign minister, Jeppe Kofod, shared an image on Twitter this morning of a joint "
                                    + "diplomatic walkout during a speech made by the Russian foreign minister, Sergei Lavrov, "
                                    + "at a meeting of the UN Human Rights Council in Geneva.",
                            "Lavrov addressed the council remotely, having cancelled his attendance due to “EU states blocking "
                                    + "his flight path”. The mass exodus of ministers and diplomats stood in a circle outside the "
                                    + "meeting for the duration of the speech holding a Ukrainian flag.",
                            "The same meeting saw Ukraine’s foreign minister, Dmytro Kuleba, accuse Russia of war crimes and "
                                    + "call for a special meeting to address Russian weapons of mass destruction.",
                            "The Tweet",
                            "Kofod tweeted the following caption alongside the image, which shows a queue of people leaving "
                                    + "the meeting hall: “Joint diplomatic walkout with @MFA_Ukraine, EU colleagues during "
                                    + "Russia’s statement @UN_HRC.”",
                            "It continued: “Russia bears full responsibility for its war of aggression against Ukraine We must "
                                    + "fight back against Russian misinformation, protect human rights #HRC49 "
                                    + "#StandWithUkraine #dkpol")),
            new Zone(
                    ZoneName.CAPTION,
                    "Kofod documented the mass-walkout on his Twitter account (photo: Jeppe Kofod / Twitter)"),
            new Zone(
                    ZoneName.BOILERPLATE,
                    "Connect Club is your gateway to a vibrant programme of events and an "
                            + "international community in Denmark.\nCopenhagen ranked 4th for career growth"));

    private SeedZones() {}
}
