package org.firmas.organizer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an organizer copies to a partner's site: the frame that shows the campaign's sign form,
 * and the optional lines that let the frame set its own height. The page escapes both for display.
 */
@Named
@ApplicationScoped
public class EmbedSnippet {

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    public String iframe(String slug, String title) {
        return iframe(slug, title, null);
    }

    /** A partner's frame carries its key, so what it brings counts under the partner; null for the campaign's own. */
    public String iframe(String slug, String title, String partnerKey) {
        String source = partnerKey == null ? "" : "?source=" + partnerKey;
        return "<iframe id=\"firmas-" + slug + "\" src=\"" + site() + "/campaigns/" + slug + "/embed" + source + "\" title=\""
                + attribute(title) + "\" width=\"100%\" height=\"900\" style=\"border:0;max-width:36rem\"></iframe>";
    }

    /** The partner's own link to the campaign page. */
    public String partnerLink(String slug, String partnerKey) {
        return site() + "/campaigns/" + slug + "?source=" + partnerKey;
    }

    /** Listens only to this campaign's frame, and only to messages from this site. */
    public String resizeScript(String slug) {
        return "<script>\n"
                + "addEventListener('message', function (event) {\n"
                + "  var frame = document.getElementById('firmas-" + slug + "');\n"
                + "  if (frame && event.source === frame.contentWindow && event.origin === '" + origin() + "'\n"
                + "      && event.data && event.data.firmas === 'height') {\n"
                + "    frame.style.height = Math.min(Number(event.data.height) || 900, 5000) + 'px';\n"
                + "  }\n"
                + "});\n"
                + "</script>";
    }

    private String site() {
        return baseUrl.replaceAll("/+$", "");
    }

    /** Scheme, host and port of the site, as a browser names the frame's origin. */
    private String origin() {
        String site = site();
        int path = site.indexOf('/', site.indexOf("//") + 2);
        return path < 0 ? site : site.substring(0, path);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
