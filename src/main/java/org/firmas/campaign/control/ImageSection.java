package org.firmas.campaign.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.campaign.entity.ImageReference;

/**
 * Reads a campaign file's {@code image} (the header) or {@code share_image} (for link previews): a
 * JPEG or PNG beside the file and its alt text in every
 * language the campaign has, since a picture without a description says nothing to someone who
 * cannot see it. The file's first bytes must say JPEG or PNG, whatever its name; whether the whole
 * picture decodes is judged when it is stored.
 */
final class ImageSection {

    /** As many characters as a screen reader reads out in a sentence or two. */
    static final int MAX_ALT = 300;

    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(jpg|jpeg|png)", Pattern.CASE_INSENSITIVE);

    private ImageSection() {
    }

    static final String HEADER_KEY = "image";
    static final String SHARE_KEY = "share_image";

    static ImageReference read(YamlSection root, String key, Set<String> languages, CampaignParser.SiblingFiles siblings,
                               Mistakes mistakes) throws CampaignFileException {
        Optional<YamlSection> found = root.optionalSection(key);
        if (found.isEmpty()) {
            return null;
        }
        YamlSection image = found.get();
        image.allowOnly(Set.of("file", "alt"), mistakes);
        String file = mistakes.check(() -> file(image, siblings), "");
        YamlSection alt = image.requiredSection("alt");
        alt.allowOnly(languages, mistakes);
        Map<String, String> altTexts = new LinkedHashMap<>();
        for (String language : languages.stream().sorted().toList()) {
            if (!alt.has(language)) {
                mistakes.note(alt.error(language, Kind.IMAGE_ALT_MISSING, language));
                continue;
            }
            altTexts.put(language, mistakes.check(() -> CampaignParser.limited(alt, language, MAX_ALT), ""));
        }
        return new ImageReference(file, altTexts);
    }

    private static String file(YamlSection image, CampaignParser.SiblingFiles siblings) throws CampaignFileException {
        String name = image.requiredText("file");
        if (!IMAGE_FILE.matcher(name).matches()) {
            throw image.error("file", Kind.IMAGE_FILE_TYPE, name);
        }
        Optional<byte[]> head = siblings.head(name);
        if (head.isEmpty()) {
            throw image.error("file", Kind.IMAGE_FILE_MISSING, name);
        }
        if (!ImageVariants.isJpegOrPng(head.get())) {
            throw image.error("file", Kind.IMAGE_FILE_TYPE, name);
        }
        return name;
    }
}
