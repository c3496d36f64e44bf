package newsflow.ingest.cleaning.furniture.credits;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.lists.HeadlineLists;

/**
 * Author bios at the end of a page, which name the author, the publication, where the author lives and where they
 * worked before: "Marta Ibarra covers Spanish football for Pitch Report from her home in Valencia. Follow her on
 * X @martaibarra_pr", "Tolu Bankole is the Lagos Ledger’s business editor. She has covered West African banking since
 * 2014. Email tips to …", "Yuki Sasaki covers Japanese equities from Tokyo. She previously reported for Nikkei Asia." A
 * bio speaks of the author in the third person: it begins with a name (two to four capitalised words) and what the
 * author does ("covers", "writes about", "reports on", "has covered", "is based in") or is ("is the Lagos Ledger’s
 * business editor", "is a correspondent for …": a journalist's role); or it is a line that gives the author's contacts
 * ("Follow her on X", "Email tips to …"). It reports no speech, and only lines after the body's last paragraph are
 * bios (other furniture between them is passed over, and a bio the caption rules took for a caption is still one):
 * "Smith, who covers the courts for the paper, said …" and a last paragraph that happens to begin "Ngozi Eze is
 * the bank's chief economist" stay.
 */
public final class AuthorBios {

    private static final int MAX_LENGTH = 400;

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: (?:(?:de|da|van|von|der|den|al|bin|le|la|du|di|dos|del"
            + "|ter|ten) )?\\p{Lu}[\\p{L}'’-]+){1,3}";
    private static final String ROLE = "(?:editor|reporter|correspondent|writer|columnist|critic|journalist"
            + "|contributor|photographer|producer|commentator|author|presenter|host|blogger|freelancer|novelist"
            + "|broadcaster)s?";
    private static final Pattern BIO = Pattern.compile("^" + NAME + " (?:covers|writes (?:about|on|for)"
            + "|reports (?:on|from|for)|has (?:covered|reported|written)|is based in|is (?:the |a |an )?[^.]{0,60}?\\b"
            + ROLE + "\\b)");
    private static final Pattern CONTACT = Pattern.compile("(?i)(?:^|\\. )(?:follow (?:her|him|them|me) (?:on|at)"
            + "|email (?:tips|her|him|them|me)\\b|(?:you can )?(?:reach|contact) (?:her|him|them) (?:at|on|via)"
            + "|(?:she|he|they) (?:previously|formerly) (?:reported|worked|wrote))");

    /** Words one of which every contacts line has; looking for them is cheaper than trying the pattern. */
    private static final List<String> CONTACT_CUES =
            List.of("follow", "email", "reach", "contact", "previously", "formerly");

    private AuthorBios() {}

    /** Marks as furniture the bio lines after the last paragraph of the page. */
    public static void markTrailing(List<Block> blocks, Block.Role[] roles) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            boolean inferredCaption =
                    roles[i] == Block.Role.CAPTION && blocks.get(i).role() == Block.Role.TEXT;
            if (roles[i] != Block.Role.TEXT && !inferredCaption) {
                continue;
            }
            String line = blocks.get(i).text();
            if (isBio(line)) {
                roles[i] = Block.Role.FURNITURE;
            } else if (!HeadlineLists.isShort(line) && !HeadlineLists.isHeadline(line)) {
                return;
            }
        }
    }

    /** Whether the line reads as an author's bio or contacts, wherever it stands. */
    static boolean isBio(String line) {
        if (line.length() > MAX_LENGTH || line.isEmpty()) {
            return false;
        }
        String lower = CallsToAction.lower(line);
        boolean bio =
                Character.isUpperCase(line.codePointAt(0)) && BIO.matcher(line).lookingAt()
                        || hasContactCue(lower) && CONTACT.matcher(line).find();
        return bio && !CallsToAction.isReportedSpeech(lower);
    }

    private static boolean hasContactCue(String lower) {
        for (String cue : CONTACT_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
