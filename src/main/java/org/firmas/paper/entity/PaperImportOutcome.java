package org.firmas.paper.entity;

import java.time.Instant;
import java.util.List;

/** What checking or importing a typed-up sheet file came to; the console page says each in words. */
public sealed interface PaperImportOutcome {

    /** The file as a whole cannot be read as sheets: too large, not UTF-8, a header without a needed column… */
    record Refused(String key, List<Object> arguments) implements PaperImportOutcome {

        public Refused {
            arguments = List.copyOf(arguments);
        }

        public static Refused of(String key, Object... arguments) {
            return new Refused(key, List.of(arguments));
        }
    }

    /** Read and checked row by row; imported only when asked and it has no bad row. */
    record Checked(PaperImportPreview preview) implements PaperImportOutcome {
    }

    record Imported(long importId, int signatures, int duplicates) implements PaperImportOutcome {
    }

    /** The file sent to import is not the one previewed: it must be checked again. */
    record FileChanged() implements PaperImportOutcome {
    }

    /** This very file was imported before and that import stands. */
    record AlreadyImported(Instant at) implements PaperImportOutcome {
    }

    /** The campaign takes no signatures now, so none can be added from paper either. */
    record NotOpen() implements PaperImportOutcome {
    }
}
