package org.firmas.platform.brand;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two brand colours and the pairs firmas.css and console.css draw text with them: the primary
 * colour is the header's and the buttons' background (white text on it) and the colour of links
 * on the page and on white cards; the accent is what buttons and links turn to under the pointer
 * or the keyboard's focus. Each pair must reach WCAG AA for text.
 */
public record BrandColours(Colour primary, Colour accent) {

    /** The colours of Firmas itself, as firmas.css declares them. */
    public static final BrandColours FIRMAS = new BrandColours(Colour.of("#7a1f5c"), Colour.of("#5c1645"));

    static final String PRIMARY = "primary-colour";
    static final String ACCENT = "accent-colour";

    /** The page background of firmas.css ({@code --paper}). */
    static final Colour PAGE = Colour.of("#fffdf9");

    private record Pair(String setting, String text, Colour foreground, String background, Colour backdrop) {
    }

    /** The first pair below WCAG AA, as a one-line sentence naming it and its ratio; empty when all pass. */
    public Optional<String> poorContrast() {
        return pairs().stream()
                .filter(pair -> Contrast.ratio(pair.foreground(), pair.backdrop()) < Contrast.AA_TEXT)
                .findFirst()
                .map(pair -> String.format(Locale.ROOT,
                        "Site settings: %s on %s has a contrast of %.2f:1, below the 4.5:1 WCAG AA asks for text; choose a darker %s",
                        pair.text(), pair.background(), Contrast.ratio(pair.foreground(), pair.backdrop()), pair.setting()));
    }

    private List<Pair> pairs() {
        return List.of(
                new Pair(PRIMARY, "white text", Colour.WHITE, PRIMARY + " " + primary.hex() + " (header, buttons)", primary),
                new Pair(PRIMARY, PRIMARY + " " + primary.hex() + " (links)", primary, "the page background " + PAGE.hex(), PAGE),
                new Pair(PRIMARY, PRIMARY + " " + primary.hex() + " (links on cards)", primary, "white", Colour.WHITE),
                new Pair(ACCENT, "white text", Colour.WHITE, ACCENT + " " + accent.hex() + " (buttons in focus)", accent),
                new Pair(ACCENT, ACCENT + " " + accent.hex() + " (links in focus)", accent, "the page background " + PAGE.hex(), PAGE));
    }
}
