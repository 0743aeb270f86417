package org.firmas.campaign.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.FileProblem.Kind;

/** Reads a campaign file and the files it names from the disk. */
public final class CampaignFileReader {

    private CampaignFileReader() {
    }

    /** UTF-8 takes at most four bytes a character: a larger file cannot be within the parser's limit. */
    private static final long MAX_BYTES = 4L * CampaignParser.MAX_FILE_CHARS;

    public static CampaignDefinition read(Path file) throws CampaignFileException {
        String name = file.getFileName().toString();
        return CampaignParser.parse(name, readText(file, name), sibling -> {
            Path candidate = file.resolveSibling(sibling);
            if (!Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            try {
                return Optional.of(readText(candidate, sibling));
            } catch (CampaignFileException e) {
                return Optional.empty();
            }
        });
    }

    private static String readText(Path file, String name) throws CampaignFileException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CampaignFileException(name, 1, "", Kind.TOO_LARGE, CampaignParser.MAX_FILE_CHARS);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CampaignFileException(name, 1, "", Kind.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }
}
