package org.firmas.campaign.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignFileReader;
import org.firmas.campaign.control.CampaignParser;
import org.firmas.campaign.entity.FileProblem;
import org.firmas.campaign.entity.FileProblem.Kind;

/**
 * Checks a campaign folder as the server would read it: each {@code .yaml} file with the server's
 * parser (which reads the areas table it names), each {@code .csv} table on its own too, so a
 * table no campaign names yet, or one named by a file too broken to reach it, is still checked;
 * and the files the server would silently pass by, such as a {@code .yml}.
 */
final class FolderCheck {

    /** What was checked and every problem found, by file and line. */
    record Report(int campaignFiles, int areasTables, List<Finding> findings) {
    }

    private FolderCheck() {
    }

    static Report check(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        // A table named by two campaigns, and checked on its own too, has its problems reported once.
        Set<Finding> findings = new LinkedHashSet<>();
        List<Path> tables = withSuffix(files, ".csv");
        for (Path table : tables) {
            note(findings, () -> CampaignFileReader.checkAreasTable(table));
        }
        List<Path> campaigns = withSuffix(files, ".yaml");
        for (Path campaign : campaigns) {
            note(findings, () -> CampaignFileReader.read(campaign));
        }
        files.stream().filter(FolderCheck::looksLikeACampaignFile).filter(file -> !campaigns.contains(file))
                .forEach(file -> findings.add(passedBy(file, campaigns)));
        return new Report(campaigns.size(), tables.size(), findings.stream()
                .sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)).toList());
    }

    @FunctionalInterface
    private interface Reading {
        void read() throws CampaignFileException;
    }

    private static void note(Set<Finding> findings, Reading reading) {
        try {
            reading.read();
        } catch (CampaignFileException e) {
            e.mistakes().stream().map(Finding::of).forEach(findings::add);
        }
    }

    private static List<Path> withSuffix(List<Path> files, String suffix) {
        return files.stream().filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
    }

    /** Named like YAML but not as the server looks for: {@code .yml}, {@code .YAML}. */
    private static boolean looksLikeACampaignFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Finding passedBy(Path file, List<Path> campaigns) {
        String name = file.getFileName().toString();
        String served = CampaignParser.slugOf(name.substring(0, name.lastIndexOf('.')) + ".yaml") + ".yaml";
        boolean twin = campaigns.stream().anyMatch(campaign -> campaign.getFileName().toString().equals(served));
        return new Finding(name, 1, "", FileProblem.of(twin ? Kind.SAME_SLUG : Kind.NOT_LOADED, served));
    }
}
