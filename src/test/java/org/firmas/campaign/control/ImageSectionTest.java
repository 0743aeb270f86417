package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.campaign.entity.ImageReference;
import org.junit.jupiter.api.Test;

class ImageSectionTest {

    private static final String IMAGE = """
            image:
              file: berks.jpg
              alt:
                en: "Neighbours outside the Berks County Residential Center"
                es: "Vecinos frente al Centro Residencial del Condado de Berks"
            """;

    private static final String SHARE_ONLY = """
            share_image:
              file: headline.png
              alt:
                en: "Headline"
                es: "Titular"
            """;

    @Test
    void aFileNamesItsImageBesideItWithADescriptionInEachLanguage() throws CampaignFileException {
        CampaignDefinition definition = parsed(IMAGE, "berks.jpg");

        assertEquals(new ImageReference("berks.jpg", Map.of(
                "en", "Neighbours outside the Berks County Residential Center",
                "es", "Vecinos frente al Centro Residencial del Condado de Berks")), definition.image());
    }

    @Test
    void aCampaignNeedsNoImage() throws CampaignFileException {
        assertNull(parsed("", "berks.jpg").image());
        assertNull(parsed("", "berks.jpg").shareImage());
    }

    @Test
    void aFileNamesItsShareImageBesideItApartFromItsHeader() throws CampaignFileException {
        CampaignDefinition definition = parsed(IMAGE + IMAGE.replace("image:", "share_image:").replace("berks.jpg", "headline.png")
                .replace("Neighbours", "The headline over neighbours"), "berks.jpg", "headline.png");

        assertEquals("berks.jpg", definition.image().file());
        assertEquals(new ImageReference("headline.png", Map.of(
                "en", "The headline over neighbours outside the Berks County Residential Center",
                "es", "Vecinos frente al Centro Residencial del Condado de Berks")), definition.shareImage());
        assertNull(parsed(SHARE_ONLY, "headline.png").image(), "a share image needs no header image");
    }

    @Test
    void aShareImageFollowsTheHeaderImagesRules() {
        assertEquals(List.of(Kind.IMAGE_FILE_MISSING), kinds(SHARE_ONLY));
        assertEquals(List.of(Kind.IMAGE_FILE_TYPE), kinds(SHARE_ONLY.replace("headline.png", "../headline.png"), "headline.png"));
        assertEquals(List.of(Kind.IMAGE_FILE_TYPE), kinds(SHARE_ONLY.replace("headline.png", "headline.txt.jpg"), "headline.txt.jpg"));
        assertEquals(List.of(Kind.IMAGE_ALT_MISSING), kinds(SHARE_ONLY.replace("    es: \"Titular\"\n", ""), "headline.png"));
    }

    @Test
    void anImageThatIsNotBesideTheFileIsAMistake() {
        assertEquals(List.of(Kind.IMAGE_FILE_MISSING), kinds(IMAGE));
    }

    @Test
    void onlyJpegAndPngAreTaken() {
        assertEquals(List.of(Kind.IMAGE_FILE_TYPE), kinds(IMAGE.replace("berks.jpg", "berks.svg"), "berks.svg"));
        assertEquals(List.of(Kind.IMAGE_FILE_TYPE), kinds(IMAGE.replace("berks.jpg", "../secrets/berks.jpg"), "berks.jpg"));
        assertEquals(List.of(Kind.IMAGE_FILE_TYPE), kinds(IMAGE.replace("berks.jpg", "notes.txt.jpg"), "notes.txt.jpg"),
                "a file named like a picture that does not begin like one");
    }

    @Test
    void eachLanguageOfTheCampaignNeedsADescription() {
        String withoutSpanish = IMAGE.lines().filter(line -> !line.strip().startsWith("es:")).reduce("", (a, b) -> a + b + "\n");

        assertEquals(List.of(Kind.IMAGE_ALT_MISSING), kinds(withoutSpanish, "berks.jpg"));
    }

    private static CampaignDefinition parsed(String image, String... besideIt) throws CampaignFileException {
        return CampaignParser.parse(CampaignFileBuilder.FILE_NAME, CampaignFileBuilder.validCampaign().yaml() + image, siblings(besideIt));
    }

    private static List<Kind> kinds(String image, String... besideIt) {
        CampaignFileException failure = assertThrows(CampaignFileException.class, () -> parsed(image, besideIt));
        return failure.mistakes().stream().map(mistake -> mistake.problem().kind()).toList();
    }

    private static CampaignParser.SiblingFiles siblings(String... names) {
        return new CampaignParser.SiblingFiles() {
            @Override
            public Optional<String> read(String name) {
                return Optional.ofNullable(name.equals(CampaignFileBuilder.AREAS_FILE_NAME) ? CampaignFileBuilder.AREAS : null);
            }

            @Override
            public Optional<byte[]> head(String name) {
                if (!List.of(names).contains(name)) {
                    return Optional.empty();
                }
                return Optional.of(name.endsWith(".txt.jpg") ? "<svg>".getBytes() : new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            }
        };
    }
}
