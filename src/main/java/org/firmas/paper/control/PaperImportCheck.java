package org.firmas.paper.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.paper.entity.Duplicate;
import org.firmas.paper.entity.PaperImportOutcome;
import org.firmas.paper.entity.PaperImportPreview;
import org.firmas.paper.entity.RowProblem;
import org.firmas.paper.entity.TypedSignature;
import org.firmas.signature.entity.CanonicalEmail;

/**
 * Checks a whole typed-up sheet file and says what importing it would do: every row checked, and
 * of the good ones, those whose address appears higher up in the file or has signed the campaign
 * already (online, or in an earlier import) left out as already signed. Rows without an address
 * cannot be matched to anyone and are all imported.
 */
public final class PaperImportCheck {

    private PaperImportCheck() {
    }

    /**
     * @param signedAlready which of the given addresses have a signature on the campaign
     */
    public static PaperImportOutcome check(byte[] file, long campaignId, CampaignDefinition campaign, LocalDate today,
                                           Function<List<String>, Set<String>> signedAlready) {
        SheetRowsReader.Read read = SheetRowsReader.read(file);
        if (read instanceof SheetRowsReader.Unreadable unreadable) {
            return unreadable.refusal();
        }
        SheetRowCheck rules = new SheetRowCheck(campaignId, campaign, today);
        List<TypedSignature> good = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (var row : ((SheetRowsReader.Rows) read).rows()) {
            SheetRowCheck.Result result = rules.check(row);
            if (result instanceof SheetRowCheck.Valid valid) {
                good.add(valid.signature());
            } else {
                problems.addAll(((SheetRowCheck.Invalid) result).problems());
            }
        }
        List<String> emails = good.stream().map(TypedSignature::email).filter(email -> email != null).distinct().toList();
        // Compared canonically: the answer names an address that signed in one of the file's spellings of it, maybe not this row's.
        Set<String> signed = emails.isEmpty() ? Set.of()
                : signedAlready.apply(emails).stream().map(CanonicalEmail::of).collect(java.util.stream.Collectors.toSet());
        List<TypedSignature> toImport = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (TypedSignature row : good) {
            if (row.email() == null) {
                toImport.add(row);
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(CanonicalEmail.of(row.email()), row.line());
            if (earlier != null) {
                duplicates.add(new Duplicate(row.line(), earlier));
            } else if (signed.contains(CanonicalEmail.of(row.email()))) {
                duplicates.add(new Duplicate(row.line(), 0));
            } else {
                toImport.add(row);
            }
        }
        return new PaperImportOutcome.Checked(new PaperImportPreview(sha256(file), toImport, duplicates, problems,
                campaign.fields().phone()));
    }

    public static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
