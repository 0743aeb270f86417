package org.firmas.campaign.entity;

import com.ibm.icu.text.ListFormatter;
import java.util.List;
import java.util.Locale;
import org.firmas.platform.Messages;

/**
 * What is wrong at one place of a campaign file: a sentence of the message bundles and what fills
 * it in, so that the console says it in the organizer's language and the log in English. Each
 * sentence exists once per language, under {@code campaign.file.*}.
 */
public record FileProblem(Kind kind, List<Object> arguments) {

    /** Every problem the parser (or the check of a whole folder) can find, with its bundle key and, where the console says more, the console's own. */
    public enum Kind {
        FILE_NAME("fileName"),
        EMPTY_FILE("emptyFile"),
        TOO_LARGE("tooLarge"),
        UNREADABLE("unreadable"),
        NOT_YAML("notYaml"),
        NESTED_TOO_DEEP("tooDeep", "organize.file.tooDeep"),
        NOT_A_MAPPING("notAMapping"),
        FIELD_NAME("fieldName"),
        TWICE("twice"),
        UNKNOWN_FIELD("unknownField"),
        REQUIRED("required"),
        NOT_A_SINGLE_VALUE("notSingleValue"),
        EMPTY_LIST("emptyList"),
        INVISIBLE_CHARACTER("invisible", "organize.file.invisible"),
        INVISIBLE_IN_NAME("invisibleInName", "organize.file.invisible"),
        LINE_BREAK("lineBreak"),
        LINE_BREAK_IN_NAME("lineBreakInName"),
        TOO_LONG("tooLong"),
        NOT_ONE_OF("notOneOf"),
        NOT_A_DATE("notADate"),
        NOT_A_TIME_ZONE("notATimeZone"),
        LANGUAGE_CODE("languageCode"),
        LANGUAGE_REQUIRED("languageRequired"),
        NOT_AN_EMAIL("notAnEmail"),
        NOT_A_NUMBER("notANumber"),
        OUT_OF_RANGE("outOfRange"),
        NOT_A_FLAG("notAFlag"),
        AREAS_FILE_NAME("areasFileName"),
        AREAS_FILE_MISSING("areasFileMissing"),
        UNKNOWN_AREA("unknownArea"),
        AREAS_HEADER("areasHeader"),
        NOT_A_ZIP("notAZip"),
        NOT_CSV("notCsv"),
        TOO_MANY("tooMany"),
        MILESTONE_TWICE("milestoneTwice"),
        PARTNER_KEY("partnerKey"),
        PARTNER_KEY_RESERVED("partnerKeyReserved"),
        PARTNER_TWICE("partnerTwice"),
        LOGO_NOT_ON_SITE("logoNotOnSite"),
        NOT_HTTPS("notHttps"),
        NOT_AN_ORIGIN("notAnOrigin"),
        ORIGIN_NOT_HTTPS("originNotHttps"),
        ORIGIN_TWICE("originTwice"),
        IMAGE_FILE_TYPE("imageFileType"),
        IMAGE_FILE_MISSING("imageFileMissing"),
        IMAGE_ALT_MISSING("imageAltMissing"),
        // The folder's own, which only the check run before a push reports: the server just passes such files by.
        NOT_LOADED("notLoaded"),
        SAME_SLUG("sameSlug");

        private final String key;
        private final String consoleKey;

        Kind(String name) {
            this(name, null);
        }

        Kind(String name, String consoleKey) {
            this.key = "campaign.file." + name;
            this.consoleKey = consoleKey == null ? key : consoleKey;
        }

        /** The sentence as the log says it. */
        public String key() {
            return key;
        }

        /** The sentence as the console says it: the same, or a fuller one that also says how to fix it. */
        public String consoleKey() {
            return consoleKey;
        }
    }

    public FileProblem {
        arguments = List.copyOf(arguments);
    }

    public static FileProblem of(Kind kind, Object... arguments) {
        return new FileProblem(kind, List.of(arguments));
    }

    /** The arguments for a sentence in the language: a list of words is joined as the language does (en and es, en y es). */
    public Object[] argumentsIn(Locale locale) {
        return arguments.stream()
                .map(argument -> argument instanceof List<?> words ? ListFormatter.getInstance(locale).format(words) : argument)
                .toArray();
    }

    /** The problem in English, as the log and the campaign folder's warnings word it. */
    public String english() {
        return Messages.format(Locale.ENGLISH, kind.key(), argumentsIn(Locale.ENGLISH));
    }
}
