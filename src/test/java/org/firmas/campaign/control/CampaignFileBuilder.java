package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;

/**
 * A campaign file and the files beside it, as an organizer would write them, changed one line at
 * a time. Edits name the exact line they change and refuse to run when that line is not there
 * exactly once, so a test can never pass because its edit silently missed.
 */
final class CampaignFileBuilder {

    static final String FILE_NAME = "close-the-center.yaml";
    static final String AREAS_FILE_NAME = "close-the-center.areas.csv";
    static final String AREAS = """
            zip,area
            17401,York
            18337,Pike
            """;

    // Line numbers matter to the tests: status is line 1, texts.en.title line 6, texts.es line 14,
    // targets line 23, targets[2].email line 30, targets[3].language line 35, areas line 39.
    private static final String VALID = """
            status: open
            goal: 5000
            deadline: 2027-06-30
            texts:
              en:
                title: Close the detention center
                summary: One sentence that says what we want and from whom.
                body: |
                  Families are held **together** behind locked doors.
                petition: |
                  To the County Commissioners: close the center.
                privacy: |
                  We collect your name, email and ZIP code.
              es:
                title: Cierren el centro de detención
                summary: Una frase que dice qué queremos y de quién.
                body: |
                  Familias enteras están *encerradas*.
                petition: |
                  A los Comisionados del Condado: cierren el centro.
                privacy: |
                  Recopilamos su nombre, correo y código postal.
            targets:
              - name: Margaret Ebersole
                title: County Commissioner, York County
                email: mebersole@york.example.org
                area: York
              - name: Daniel Castellano
                title: County Commissioner, Pike County
                email: dcastellano@pike.example.org
                area: Pike
              - name: Office of the Secretary of Corrections
                title: Secretary of Corrections
                email: secretary@cor.example.org
                language: es
            fields:
              phone: true
              comment: false
            areas: close-the-center.areas.csv
            """;

    private String fileName = FILE_NAME;
    private final List<String> lines;
    private final Map<String, String> siblings = new HashMap<>();

    private CampaignFileBuilder(String yaml) {
        this.lines = new ArrayList<>(yaml.lines().toList());
    }

    /** Every field set, no delivery block, routed by ZIP code to a York and a Pike target. */
    static CampaignFileBuilder validCampaign() {
        CampaignFileBuilder builder = new CampaignFileBuilder(VALID);
        builder.siblings.put(AREAS_FILE_NAME, AREAS);
        return builder;
    }

    CampaignFileBuilder named(String newFileName) {
        this.fileName = newFileName;
        return this;
    }

    /** Replaces one line, indentation included, with any number of lines. */
    CampaignFileBuilder replacing(String line, String... replacement) {
        int index = indexOf(line);
        lines.remove(index);
        lines.addAll(index, List.of(replacement));
        return this;
    }

    /** Removes one line and every more deeply indented line under it. */
    CampaignFileBuilder without(String line) {
        int index = indexOf(line);
        int indent = indentOf(line);
        lines.remove(index);
        while (index < lines.size() && !lines.get(index).isBlank() && indentOf(lines.get(index)) > indent) {
            lines.remove(index);
        }
        return this;
    }

    CampaignFileBuilder appending(String... more) {
        lines.addAll(List.of(more));
        return this;
    }

    CampaignFileBuilder withSibling(String name, String content) {
        siblings.put(name, content);
        return this;
    }

    CampaignFileBuilder withoutSibling(String name) {
        if (siblings.remove(name) == null) {
            throw new IllegalArgumentException("no sibling file " + name);
        }
        return this;
    }

    String yaml() {
        return String.join("\n", lines) + "\n";
    }

    CampaignDefinition parse() throws CampaignFileException {
        return CampaignParser.parse(fileName, yaml(), name -> Optional.ofNullable(siblings.get(name)));
    }

    /** The message the organizer would read in the log. */
    String failure() {
        return assertThrows(CampaignFileException.class, this::parse, this::yaml).getMessage();
    }

    /** Every mistake the organizer would read, one line each. */
    List<String> failures() {
        return assertThrows(CampaignFileException.class, this::parse, this::yaml).mistakes().stream()
                .map(CampaignFileException::getMessage).toList();
    }

    private int indexOf(String line) {
        int index = lines.indexOf(line);
        if (index < 0 || lines.lastIndexOf(line) != index) {
            throw new IllegalArgumentException("the campaign file must contain this line exactly once: " + line);
        }
        return index;
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }
}
