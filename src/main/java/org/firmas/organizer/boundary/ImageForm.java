package org.firmas.organizer.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.StoredImage;

/**
 * One section of the image page: the picture for one purpose, its description in each language
 * the campaign speaks, and what was wrong with the last post, said next to the field it concerns.
 * Its description inputs are named with its own prefix, so both sections' fields fit one page.
 */
public class ImageForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most characters of a description: a sentence or two, as screen readers read them. */
    static final int MAX_ALT = 300;
    /** Where a problem with the chosen file is kept among the errors. */
    static final String FILE_ERROR = "file";

    private final ImagePurpose purpose;
    private final String altField;
    private List<String> languages = List.of();
    private final Map<String, String> altTexts = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String currentSrc;
    private String currentAlt;
    private transient Part file;

    ImageForm(ImagePurpose purpose, String altField) {
        this.purpose = purpose;
        this.altField = altField;
    }

    void show(StoredImage image, List<String> campaignLanguages, String organizerLanguage) {
        languages = campaignLanguages;
        currentSrc = image == null ? null : image.path(image.widest());
        currentAlt = image == null ? null : image.altText(organizerLanguage);
        for (String language : languages) {
            altTexts.putIfAbsent(language, image == null ? "" : image.altTexts().getOrDefault(language, ""));
        }
    }

    /**
     * Takes the posted descriptions; the stripped ones when each language has one of fitting
     * length on one line, else none, with the problem beside each field, worded by {@code sentence}
     * from its bundle key and the field's language.
     */
    Optional<Map<String, String>> postedDescriptions(Map<String, String> posted, BiFunction<String, String, String> sentence) {
        errors.clear();
        languages.forEach(language -> altTexts.put(language, posted.getOrDefault(altField + language, "")));
        Map<String, String> described = new LinkedHashMap<>();
        for (String language : languages) {
            String alt = altTexts.get(language).strip();
            String problem = alt.isEmpty() ? "organize.image.altRequired"
                    : alt.length() > MAX_ALT ? "organize.image.altTooLong"
                    : alt.chars().anyMatch(Character::isISOControl) ? "organize.image.altOneLine" : null;
            if (problem != null) {
                errors.put(language, sentence.apply(problem, language));
            }
            described.put(language, alt);
        }
        return errors.isEmpty() ? Optional.of(described) : Optional.empty();
    }

    void fileRefused(String message) {
        errors.put(FILE_ERROR, message);
    }

    /** The bytes chosen, read at most to just past the limit (so a larger file gets the limit's message); none when no file was chosen. */
    byte[] readChosenFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(ImageCheck.MAX_UPLOAD_BYTES + 1);
        } finally {
            file.delete();
            file = null;
        }
    }

    ImagePurpose purpose() {
        return purpose;
    }

    /** The name of the description input in one language, e.g. {@code share_alt_es}. */
    public String altField(String language) {
        return altField + language;
    }

    /** What is wrong with the field (a language, or {@code file}), or null. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Map<String, String> getAltTexts() {
        return altTexts;
    }

    public String getCurrentSrc() {
        return currentSrc;
    }

    public String getCurrentAlt() {
        return currentAlt;
    }

    public int getMaxAlt() {
        return MAX_ALT;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
