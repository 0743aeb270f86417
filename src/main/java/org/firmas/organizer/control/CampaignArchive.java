package org.firmas.organizer.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A campaign that routes by area as one download: a ZIP holding its campaign file and the areas
 * table the file names, so an export uploads again as it is. Reading accepts what writing makes:
 * one {@code .yaml} file and at most one {@code .csv} file, nothing in folders, each within the
 * size a campaign file may have.
 */
public final class CampaignArchive {

    /** The two texts a campaign is made of; {@code areasCsv} is null when it has no areas table. */
    public record Contents(String yaml, String areasCsv) {
    }

    private CampaignArchive() {
    }

    public static byte[] write(String slug, String yaml, String areasFile, String areasCsv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, slug + ".yaml", yaml);
            if (areasFile != null && areasCsv != null) {
                entry(zip, areasFile, areasCsv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The archive's campaign file and areas table, or empty when it is not an archive like the ones written here. */
    public static Optional<Contents> read(byte[] archive, int maxBytesPerFile) {
        String yaml = null;
        String csv = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || name.contains("/") || name.contains("\\")) {
                    return Optional.empty();
                }
                String text = text(zip, maxBytesPerFile);
                if (text == null) {
                    return Optional.empty();
                }
                if ((name.endsWith(".yaml") || name.endsWith(".yml")) && yaml == null) {
                    yaml = text;
                } else if (name.endsWith(".csv") && csv == null) {
                    csv = text;
                } else {
                    return Optional.empty();
                }
            }
        } catch (ZipException notAZip) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return yaml == null ? Optional.empty() : Optional.of(new Contents(yaml, csv));
    }

    /** One entry as UTF-8 text without a byte order mark, or null when too large or not UTF-8. */
    private static String text(InputStream entry, int maxBytes) throws IOException {
        byte[] bytes = entry.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
