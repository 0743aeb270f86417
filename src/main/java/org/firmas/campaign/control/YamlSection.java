package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML mapping read node by node, so that every problem can be reported with its line and the
 * dotted path of the field ({@code targets[2].email}), which a plain map of values cannot do.
 */
final class YamlSection {

    /** A campaign file nests three levels (texts, a language, its fields); the rest is slack. */
    static final int MAX_NESTING = 10;

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlSection(String file, String path, Node node) throws CampaignFileException {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw new CampaignFileException(file, lineOf(node), path, Kind.NOT_A_MAPPING);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new CampaignFileException(file, lineOf(tuple.getKeyNode()), path, Kind.FIELD_NAME);
            }
            Optional<CampaignTextRules.Breach> breach = CampaignTextRules.inOneLine(key.getValue());
            if (breach.isPresent()) {
                // The path stops before the name: the name itself is what should not be shown.
                throw breach.get().inName().at(file, lineOf(key), path);
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw new CampaignFileException(file, lineOf(key), field(key.getValue()), Kind.TWICE);
            }
        }
    }

    static YamlSection parse(String file, String content, int maxChars) throws CampaignFileException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(maxChars)
                .build();
        Optional<Node> root;
        try {
            root = new Composer(settings, new NestingLimitedParser(new ParserImpl(settings, new StreamReader(settings, content)),
                    MAX_NESTING)).getSingleNode();
        } catch (NestingLimitedParser.TooDeep e) {
            throw new CampaignFileException(file, e.line(), "", Kind.NESTED_TOO_DEEP, MAX_NESTING);
        } catch (MarkedYamlEngineException e) {
            // The context mark is where the broken construct began (an unclosed quote, say);
            // the problem mark can be the end of the file.
            int line = e.getContextMark().or(e::getProblemMark).map(mark -> mark.getLine() + 1).orElse(1);
            throw new CampaignFileException(file, line, "", Kind.NOT_YAML, String.valueOf(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new CampaignFileException(file, 1, "", Kind.NOT_YAML, String.valueOf(e.getMessage()));
        }
        if (root.isEmpty()) {
            throw new CampaignFileException(file, 1, "", Kind.EMPTY_FILE);
        }
        return new YamlSection(file, "", root.get());
    }

    /** Notes every field that is not one of these, each on its own line. */
    void allowOnly(Set<String> known, Mistakes mistakes) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                mistakes.note(new CampaignFileException(file, lineOf(entry.getValue().getKeyNode()), field(entry.getKey()),
                        Kind.UNKNOWN_FIELD, String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A value on one line, as titles, names and settings are. */
    Optional<String> optionalText(String key) throws CampaignFileException {
        return text(key, false);
    }

    String requiredText(String key) throws CampaignFileException {
        return required(key, optionalText(key));
    }

    /** Markdown, which may break lines. */
    Optional<String> optionalParagraphs(String key) throws CampaignFileException {
        return text(key, true);
    }

    String requiredParagraphs(String key) throws CampaignFileException {
        return required(key, optionalParagraphs(key));
    }

    private Optional<String> text(String key, boolean paragraphs) throws CampaignFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            throw error(key, Kind.NOT_A_SINGLE_VALUE);
        }
        String value = scalar.getValue().strip();
        Optional<CampaignTextRules.Breach> breach = paragraphs ? CampaignTextRules.inParagraphs(value) : CampaignTextRules.inOneLine(value);
        if (breach.isPresent()) {
            throw breach.get().at(file, lineOf(scalar), field(key));
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private String required(String key, Optional<String> value) throws CampaignFileException {
        if (value.isEmpty()) {
            throw error(key, Kind.REQUIRED);
        }
        return value.get();
    }

    YamlSection requiredSection(String key) throws CampaignFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw error(key, Kind.REQUIRED);
        }
        return new YamlSection(file, field(key), tuple.getValueNode());
    }

    Optional<YamlSection> optionalSection(String key) throws CampaignFileException {
        return has(key) ? Optional.of(requiredSection(key)) : Optional.empty();
    }

    List<YamlSection> requiredList(String key) throws CampaignFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw error(key, Kind.REQUIRED);
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw error(key, Kind.EMPTY_LIST);
        }
        List<YamlSection> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlSection(file, field(key) + "[" + (items.size() + 1) + "]", item));
        }
        return items;
    }

    /** One value of a list of one-line values, with the line and field its mistakes are reported at. */
    record ListedText(String value, int line, String field) {
    }

    /** A list of one-line values such as {@code embed_origins}; empty when the key is absent. */
    List<ListedText> optionalTextList(String key) throws CampaignFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(key, Kind.EMPTY_LIST);
        }
        List<ListedText> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String itemField = field(key) + "[" + (items.size() + 1) + "]";
            if (!(item instanceof ScalarNode scalar)) {
                throw new CampaignFileException(file, lineOf(item), itemField, Kind.NOT_A_SINGLE_VALUE);
            }
            String value = scalar.getValue().strip();
            Optional<CampaignTextRules.Breach> breach = CampaignTextRules.inOneLine(value);
            if (breach.isPresent()) {
                throw breach.get().at(file, lineOf(scalar), itemField);
            }
            items.add(new ListedText(value, lineOf(scalar), itemField));
        }
        return items;
    }

    CampaignFileException error(ListedText item, Kind problem, Object... arguments) {
        return new CampaignFileException(file, item.line(), item.field(), problem, arguments);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** A problem with the value of {@code key}, or with this section when the key is absent. */
    CampaignFileException error(String key, Kind problem, Object... arguments) {
        NodeTuple tuple = entries.get(key);
        int line = tuple == null ? lineOf(node) : lineOf(tuple.getValueNode());
        return new CampaignFileException(file, line, field(key), problem, arguments);
    }

    /** A problem with a field name itself, reported on the line of the name. */
    CampaignFileException errorInName(String key, Kind problem, Object... arguments) {
        NodeTuple tuple = entries.get(key);
        int line = tuple == null ? lineOf(node) : lineOf(tuple.getKeyNode());
        return new CampaignFileException(file, line, field(key), problem, arguments);
    }

    String path() {
        return path;
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }
}
