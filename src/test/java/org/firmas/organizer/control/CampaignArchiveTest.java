package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class CampaignArchiveTest {

    @Test
    void whatIsWrittenReadsBack() {
        byte[] zip = CampaignArchive.write("berks", "status: open\nareas: berks.areas.csv\n", "berks.areas.csv", "zip,area\n19601,Reading\n");

        assertEquals(Optional.of(new CampaignArchive.Contents("status: open\nareas: berks.areas.csv\n", "zip,area\n19601,Reading\n")),
                CampaignArchive.read(zip, 1000));
    }

    @Test
    void aCampaignWithoutAreasIsOneFile() {
        byte[] zip = CampaignArchive.write("berks", "status: open\n", null, null);

        assertEquals(Optional.of(new CampaignArchive.Contents("status: open\n", null)), CampaignArchive.read(zip, 1000));
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        assertTrue(CampaignArchive.read("not a zip".getBytes(StandardCharsets.UTF_8), 1000).isEmpty());
        assertTrue(CampaignArchive.read(zipOf("a.csv", "zip,area\n"), 1000).isEmpty(), "no campaign file");
        assertTrue(CampaignArchive.read(zipOf("a.yaml", "x: 1\n", "b.yaml", "x: 2\n"), 1000).isEmpty(), "two campaign files");
        assertTrue(CampaignArchive.read(zipOf("a.yaml", "x: 1\n", "run.sh", "rm\n"), 1000).isEmpty(), "a file of another kind");
        assertTrue(CampaignArchive.read(zipOf("dir/a.yaml", "x: 1\n"), 1000).isEmpty(), "a folder");
        assertTrue(CampaignArchive.read(zipOf("a.yaml", "x".repeat(2000)), 1000).isEmpty(), "too large once unpacked");
    }

    private static byte[] zipOf(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
