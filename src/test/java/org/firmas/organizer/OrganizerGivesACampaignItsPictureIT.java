package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestHttpClient;
import org.firmas.testsupport.TestPictures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Juntos puts a photo of the vigil at the top of its campaign page: a file that is no picture is
 * refused in the organizer's language, the photo is described in English and Spanish, and the
 * page then shows it sized for phones, in each language with its own description, served from
 * this site without the place it was taken, and offered to link previews, until a share image
 * made for previews takes their place.
 */
class OrganizerGivesACampaignItsPictureIT extends FirmasIT {

    private static final String ALT_EN = "Neighbours holding candles outside the detention center";
    private static final String ALT_ES = "Vecinos con velas frente al centro de detención";
    private static final String SHARE_ALT_EN = "Shut down Berks, over neighbours holding candles";
    private static final String SHARE_ALT_ES = "Cierren Berks, sobre vecinos con velas";

    @Test
    void anOrganizerUploadsADescribedPhotoAndThePageShowsItSizedForPhones() {
        ConsoleClient console = admin();
        String slug = "picture-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        String imagePage = console.get("organize/dashboard.xhtml?id=" + id).document().getElementById("headerImage").attr("href");

        Document notAPicture = console.upload(console.get(imagePage), "image", Map.of("alt_en", ALT_EN, "alt_es", ALT_ES),
                Map.of("file", new ConsoleClient.FileField("vigil.jpg", "<svg onload=alert(1)>")), "save").document();
        assertTrue(notAPicture.text().contains("This file is not a JPEG or PNG picture that can be read."), notAPicture.text());
        Document enEspanol = console.inLanguage("es").upload(console.get(imagePage), "image", Map.of("alt_en", ALT_EN),
                Map.of("file", new ConsoleClient.FileField("vigil.jpg", photo())), "save").document();
        assertTrue(enEspanol.text().contains("Describa la imagen en español."), enEspanol.text());
        console.inLanguage("en");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign_image_variant WHERE campaign_id = ?", id),
                "nothing refused is stored");

        byte[] upload = photo();
        ConsoleClient.Response saved = console.upload(console.get(imagePage), "image", Map.of("alt_en", ALT_EN, "alt_es", ALT_ES),
                Map.of("file", new ConsoleClient.FileField("vigil.jpg", upload)), "save");
        assertEquals(302, saved.status(), saved.text());
        assertTrue(console.get(saved.location()).text().contains("The header image is saved"));
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM campaign_image_variant WHERE campaign_id = ?", id));

        Document english = Eventually.await(Duration.ofSeconds(15), () -> site().campaign(slug, "en").document(),
                page -> page.selectFirst("img.header-image") != null);
        Element picture = english.selectFirst("img.header-image");
        assertNotNull(picture, english.select("h1, head").outerHtml());
        assertEquals(ALT_EN, picture.attr("alt"));
        assertEquals("960", picture.attr("width"));
        assertEquals("480", picture.attr("height"));
        assertFalse(picture.hasAttr("loading"), "the largest thing on the page is never fetched lazily");
        List<String> srcset = List.of(picture.attr("srcset").split(", "));
        assertEquals(2, srcset.size(), picture.attr("srcset"));
        assertTrue(srcset.get(0).endsWith("/480.jpg 480w") && srcset.get(1).endsWith("/960.jpg 960w"), picture.attr("srcset"));
        assertTrue(picture.attr("sizes").endsWith("calc(100vw - 2rem)"), picture.attr("sizes"));
        assertEquals(ALT_ES, site().campaign(slug, "es").document().selectFirst("img.header-image").attr("alt"));

        assertEquals("summary_large_image", meta(english, "name", "twitter:card"));
        assertTrue(meta(english, "property", "og:title").length() > 0);
        assertTrue(meta(english, "property", "og:description").length() > 0);
        assertEquals(ALT_EN, meta(english, "property", "og:image:alt"));
        URI shareImage = URI.create(meta(english, "property", "og:image"));
        assertTrue(shareImage.isAbsolute(), shareImage.toString());
        assertTrue(picture.attr("src").endsWith(shareImage.getPath()), "the share image is the wide size on this site: " + shareImage);
        assertTrue(URI.create(meta(english, "property", "og:url")).isAbsolute());

        PetitionSite.Page served = site().get(picture.attr("src"), "en");
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.header("Content-Type"));
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertEquals("public, max-age=86400", served.header("Cache-Control"), "a removed picture leaves caches within a day");
        assertFalse(served.body().contains("GPSLatitude"), "where the photo was taken is not served");
        assertNamedByServedBytes(picture.attr("src"), upload);
        assertEquals(404, site().get(picture.attr("src").replaceAll("/[0-9a-f]{64}/", "/" + "0".repeat(64) + "/"), "en").status(),
                "an image's address names its bytes");

        aShareImageTakesOverLinkPreviewsUntilItIsRemoved(console, imagePage, slug, id, shareImage.getPath());

        ConsoleClient.Response removed = console.act(console.get(imagePage), "removeImage", Map.of(), "remove");
        assertTrue(removed.text().contains("The header image is removed."), removed.text());
        Document without = Eventually.await(Duration.ofSeconds(15), () -> site().campaign(slug, "en").document(),
                page -> page.selectFirst("img.header-image") == null);
        assertEquals("summary", meta(without, "name", "twitter:card"));
    }

    /**
     * A campaign file names its picture; when the file is read again with only a description
     * changed, the description is written and the picture, the same file, is not decoded and
     * stored again (its rows are not rewritten, so PostgreSQL's row versions stay the same).
     */
    @Test
    void aCampaignFilesPictureIsStoredOnceThoughItsDescriptionChanges() throws IOException {
        String slug = "filed-picture-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = Path.of(System.getProperty("firmas.testCampaigns"));
        Path file = folder.resolve(slug + ".yaml");
        Path picture = folder.resolve(slug + ".jpg");
        String sample = Files.readString(Path.of("campaigns", "shut-down-berks.yaml")).replace("file: berks-vigil.jpg", "file: " + slug + ".jpg");
        String firstAlt = "A drawing of neighbours holding candles at dusk outside the fenced Berks County Residential Center";
        try {
            Files.copy(Path.of("campaigns", "berks-vigil.jpg"), picture);
            Files.writeString(file, sample);
            Eventually.await(Duration.ofSeconds(15), () -> headerAlt(slug), firstAlt::equals);
            long id = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", slug);
            String rowVersions = "SELECT string_agg(xmin::text, ',' ORDER BY width) FROM campaign_image_variant WHERE campaign_id = ?";
            String stored = TestDatabase.text(rowVersions, id);

            Files.writeString(file, sample.replace(firstAlt, "Neighbours with candles at dusk by the fence of the Berks center"));
            Eventually.await(Duration.ofSeconds(15), () -> headerAlt(slug), alt -> alt.startsWith("Neighbours with candles"));

            assertEquals(stored, TestDatabase.text(rowVersions, id), "the unchanged picture is not stored again");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(picture);
        }
    }

    private String headerAlt(String slug) {
        Element picture = site().campaign(slug, "en").document().selectFirst("img.header-image");
        return picture == null ? "" : picture.attr("alt");
    }

    /**
     * A poster with the headline on it, taller than previews show: refused with the reason beside
     * its field when it is no picture, then cut to the preview's shape and named by the page's
     * Open Graph tags; once removed, previews fall back to the header image's wide size.
     */
    private void aShareImageTakesOverLinkPreviewsUntilItIsRemoved(ConsoleClient console, String imagePage, String slug, long id,
                                                                   String headerPreviewPath) {
        Map<String, String> described = Map.of("share_alt_en", SHARE_ALT_EN, "share_alt_es", SHARE_ALT_ES);
        Document refused = console.inLanguage("pt").upload(console.get(imagePage), "shareImage", described,
                Map.of("shareFile", new ConsoleClient.FileField("headline.png", "<svg onload=alert(1)>")), "saveShare").document();
        console.inLanguage("en");
        Element fileError = refused.getElementById("shareFile-error");
        assertNotNull(fileError, refused.text());
        assertTrue(fileError.text().startsWith("Este arquivo não é uma imagem JPEG ou PNG"), fileError.text());
        assertNotNull(refused.selectFirst("#shareImage [aria-describedby~=shareFile-error]"), "the field points at its error");

        byte[] upload = poster();
        ConsoleClient.Response saved = console.upload(console.get(imagePage), "shareImage", described,
                Map.of("shareFile", new ConsoleClient.FileField("headline.png", upload)), "saveShare");
        assertEquals(302, saved.status(), saved.text());
        assertTrue(console.get(saved.location()).text().contains("The share image is saved"));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM campaign_share_image_variant WHERE campaign_id = ?", id));
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM campaign_image_variant WHERE campaign_id = ?", id),
                "the header image stays as it was");

        Document shared = Eventually.await(Duration.ofSeconds(15), () -> site().campaign(slug, "es").document(),
                page -> meta(page, "property", "og:image").contains("/share/"));
        URI preview = URI.create(meta(shared, "property", "og:image"));
        assertTrue(preview.isAbsolute(), preview.toString());
        assertTrue(preview.getPath().endsWith("/1200.jpg"), preview.toString());
        assertEquals("1200", meta(shared, "property", "og:image:width"));
        assertEquals("630", meta(shared, "property", "og:image:height"));
        assertEquals(SHARE_ALT_ES, meta(shared, "property", "og:image:alt"));
        assertEquals("summary_large_image", meta(shared, "name", "twitter:card"));
        assertEquals(ALT_ES, shared.selectFirst("img.header-image").attr("alt"), "the page itself still shows its header image");

        TestHttpClient http = TestHttpClient.withoutCookies(baseUri(), Duration.ofSeconds(10), HttpClient.Version.HTTP_1_1);
        TestHttpClient.Reply served = http.send("GET", http.resolve(preview.getPath().substring(preview.getPath().indexOf("campaign-images/"))),
                Map.of(), null);
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.header("Content-Type"));
        assertEquals(List.of(1200, 630), dimensions(served.body()));
        assertEquals("public, max-age=86400", served.header("Cache-Control"));
        assertNamedByServedBytes(preview.getPath(), upload);

        ConsoleClient.Response removed = console.act(console.get(imagePage), "removeShareImage", Map.of(), "removeShare");
        assertTrue(removed.text().contains("The share image is removed"), removed.text());
        Document fallback = Eventually.await(Duration.ofSeconds(15), () -> site().campaign(slug, "en").document(),
                page -> !meta(page, "property", "og:image").contains("/share/"));
        assertEquals(headerPreviewPath, URI.create(meta(fallback, "property", "og:image")).getPath());
        assertEquals(ALT_EN, meta(fallback, "property", "og:image:alt"));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign_share_image_variant WHERE campaign_id = ?", id));
    }

    /**
     * The address names the SHA-256 of the bytes it serves, never the upload's: whoever holds the
     * original file cannot find the campaign by its hash.
     */
    private void assertNamedByServedBytes(String address, byte[] upload) {
        TestHttpClient http = TestHttpClient.withoutCookies(baseUri(), Duration.ofSeconds(10), HttpClient.Version.HTTP_1_1);
        byte[] served = http.send("GET", http.resolve(address.substring(address.indexOf("campaign-images/"))), Map.of(), null).body();
        assertFalse(address.contains(sha256(upload)), address);
        assertTrue(address.contains("/" + sha256(served) + "/"), address);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tall PNG, as a poster with a headline is made. */
    private static byte[] poster() {
        return TestPictures.encoded(TestPictures.drawn(900, 1400, false), "png");
    }

    private static List<Integer> dimensions(byte[] picture) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
            return List.of(image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A wide photo, as a phone takes it, with where it was taken written into it. */
    private static byte[] photo() {
        return TestPictures.withExif(TestPictures.encoded(TestPictures.drawn(1600, 800, false), "jpeg"),
                "GPSLatitude 40.3356 N GPSLongitude 75.9269 W");
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }
}
