package org.firmas.paper.control;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A campaign text's rendered, sanitized HTML as paragraphs of plain text for print: each block a
 * paragraph, list items with a bullet or their number, emphasis and links as their words.
 */
public final class PlainParagraphs {

    private PlainParagraphs() {
    }

    public static List<String> of(String html) {
        List<String> paragraphs = new ArrayList<>();
        if (html != null) {
            collect(Jsoup.parseBodyFragment(html).body(), paragraphs);
        }
        return paragraphs;
    }

    private static void collect(Element parent, List<String> paragraphs) {
        int number = 0;
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text && !text.isBlank()) {
                paragraphs.add(text.text().strip());
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "ul", "ol", "blockquote", "div", "section" -> collect(element, paragraphs);
                    case "li" -> {
                        number++;
                        String mark = "ol".equals(parent.normalName()) ? number + ". " : "• ";
                        addIfAny(paragraphs, mark + element.text());
                    }
                    default -> addIfAny(paragraphs, element.text());
                }
            }
        }
    }

    private static void addIfAny(List<String> paragraphs, String text) {
        if (!text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }
}
