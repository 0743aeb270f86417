package org.firmas.campaign.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.FileProblem.Kind;

/** Reads a campaign file and the files it names, or an areas table alone, from the disk. */
public final class CampaignFileReader {

    private CampaignFileReader() {
    }

    /** UTF-8 takes at most four bytes a character: a larger file cannot be within the parser's limit. */
    private static final long MAX_BYTES = 4L * CampaignParser.MAX_FILE_CHARS;

    public static CampaignDefinition read(Path file) throws CampaignFileException {
        String name = file.getFileName().toString();
        return CampaignParser.parse(name, readText(file, name), new CampaignParser.SiblingFiles() {
            @Override
            public Optional<String> read(String sibling) {
                Path candidate = file.resolveSibling(sibling);
                if (!Files.isRegularFile(candidate)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(readText(candidate, sibling));
                } catch (CampaignFileException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<byte[]> head(String sibling) {
                Path candidate = file.resolveSibling(sibling);
                if (!Files.isRegularFile(candidate)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(candidate)) {
                    return Optional.of(in.readNBytes(16));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        });
    }

    /**
     * Reads an areas table on its own, as a campaign naming it would: a table in the folder that
     * no campaign names yet is still worth checking before one does.
     */
    public static void checkAreasTable(Path table) throws CampaignFileException {
        String name = table.getFileName().toString();
        AreaTableReader.read(name, readText(table, name));
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
