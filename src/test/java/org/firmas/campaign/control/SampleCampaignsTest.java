package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example campaigns shipped in {@code campaigns/} are what organizers copy; they must load. */
class SampleCampaignsTest {

    private static final Path CAMPAIGNS = Path.of("campaigns");
    private static final Path COUNTY_JAILS = CAMPAIGNS.resolve("end-county-jail-ice-contracts.yaml");

    static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(CAMPAIGNS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theFolderHoldsTheThreeDocumentedExamples() throws IOException {
        Set<String> names = sampleFiles().stream().map(file -> file.getFileName().toString()).collect(Collectors.toSet());

        assertTrue(names.containsAll(Set.of(
                "shut-down-berks.yaml", "end-ice-access-to-pars.yaml", "end-county-jail-ice-contracts.yaml")), names::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everySampleCampaignLoads(Path file) throws CampaignFileException {
        CampaignDefinition campaign = CampaignFileReader.read(file);

        assertEquals(CampaignParser.slugOf(file.getFileName().toString()), campaign.slug());
        assertTrue(campaign.texts().keySet().containsAll(Set.of("en", "es")), campaign.texts().keySet()::toString);
        assertTrue(Languages.all().containsAll(campaign.texts().keySet()), campaign.texts().keySet()::toString);
        assertFalse(campaign.targets().isEmpty());
    }

    @Test
    void oneExampleIsOfferedInPortugueseToo() throws CampaignFileException {
        CampaignDefinition berks = CampaignFileReader.read(CAMPAIGNS.resolve("shut-down-berks.yaml"));

        assertEquals("Fechem o Centro de Detenção Familiar de Berks", berks.texts(java.util.Locale.forLanguageTag("pt-BR")).title());
    }

    @Test
    void theWonExampleRecordsItsFinalCount() throws CampaignFileException {
        CampaignDefinition won = CampaignFileReader.read(CAMPAIGNS.resolve("end-ice-access-to-pars.yaml"));

        assertEquals(org.firmas.campaign.entity.CampaignStatus.WON, won.status());
        assertTrue(won.finalSignatures() > won.goal(), "a won campaign that passed its goal");
    }

    @Test
    void countyJailCampaignRoutesYorkZipCodesToYork() throws CampaignFileException {
        assertEquals("York", CampaignFileReader.read(COUNTY_JAILS).areaOf("17401"));
    }

    @Test
    void bushkillStraddlesPikeAndMonroeAndItsSignersAreAskedInTheirLanguage() throws CampaignFileException {
        CampaignDefinition campaign = CampaignFileReader.read(COUNTY_JAILS);

        assertEquals(List.of("Pike", "Monroe"), campaign.areasOf("18324"));
        assertEquals("¿En qué condado vive?", campaign.texts().get("es").areaQuestion());
    }

    @Test
    void countyJailCampaignHasCountyTargetsAndOneForEverybody() throws CampaignFileException {
        List<Target> targets = CampaignFileReader.read(COUNTY_JAILS).targets();

        assertEquals(Set.of("York", "Pike", "Monroe", "Clinton"),
                targets.stream().map(Target::area).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Target> withoutArea = targets.stream().filter(target -> target.area() == null).toList();
        assertEquals(1, withoutArea.size());
        assertEquals("Office of the Secretary of Corrections", withoutArea.get(0).name());
    }

    @Test
    void aYorkSignatureReachesTheYorkCommissionersAndTheSecretaryOnly() throws CampaignFileException {
        CampaignDefinition campaign = CampaignFileReader.read(COUNTY_JAILS);
        String area = campaign.areaOf("17401");

        assertEquals(List.of("Margaret Ebersole", "Thomas Reinholt", "Office of the Secretary of Corrections"),
                campaign.targets().stream().filter(target -> target.receives(area)).map(Target::name).toList());
    }

    @Test
    void anUnlistedZipReachesOnlyTheSecretary() throws CampaignFileException {
        CampaignDefinition campaign = CampaignFileReader.read(COUNTY_JAILS);
        String area = campaign.areaOf("19104");

        assertNull(area);
        assertEquals(List.of("Office of the Secretary of Corrections"),
                campaign.targets().stream().filter(target -> target.receives(area)).map(Target::name).toList());
    }

    @Test
    void countyJailAreasEachHaveATarget() throws CampaignFileException {
        CampaignDefinition campaign = CampaignFileReader.read(COUNTY_JAILS);
        Set<String> targetAreas = new HashSet<>();
        campaign.targets().forEach(target -> targetAreas.add(target.area()));

        assertTrue(targetAreas.containsAll(campaign.areas()), () -> "areas without a target: " + campaign.areas());
    }
}
