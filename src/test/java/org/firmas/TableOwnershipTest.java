package org.firmas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning capability, named in that capability's {@code package-info.java},
 * and only that capability's sources name the table in SQL. The tables are those the migrations
 * create, so a new table without an owner fails here too.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/firmas");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");
    private static final Pattern CODE = Pattern.compile("\\{@code ([a-z_]+)}");
    private static final Pattern NAMED_IN_SQL = Pattern.compile("\\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\\s+([a-z_]+)\\b");

    @Test
    void everyTableHasExactlyOneOwner() throws IOException {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (String table : tables()) {
            owners.put(table, new TreeSet<>());
        }
        for (Path capability : capabilities()) {
            for (String table : ownedBy(capability)) {
                owners.computeIfAbsent(table, unknown -> new TreeSet<>()).add(capability.getFileName().toString());
            }
        }
        owners.forEach((table, claimedBy) -> assertEquals(1, claimedBy.size(),
                "table " + table + " must be named as owned in exactly one package-info.java, is in " + claimedBy));
    }

    @Test
    void onlyTheOwnerNamesATableInSql() throws IOException {
        Set<String> tables = tables();
        Set<String> crossings = new TreeSet<>();
        for (Path capability : capabilities()) {
            Set<String> own = ownedBy(capability);
            try (Stream<Path> files = Files.walk(capability)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher named = NAMED_IN_SQL.matcher(Files.readString(file));
                    while (named.find()) {
                        String table = named.group(1);
                        if (tables.contains(table) && !own.contains(table)) {
                            crossings.add(SOURCES.relativize(file) + " names " + table);
                        }
                    }
                }
            }
        }
        assertTrue(crossings.isEmpty(), "tables named outside their owning capability: " + crossings);
    }

    @Test
    void theCheckSeesTheTablesAndTheirOwners() throws IOException {
        // Guards the two checks above against passing because a path or a pattern stopped matching.
        assertTrue(tables().containsAll(Set.of("campaign", "signature", "outbox_message", "organizer_account")), tables().toString());
        assertTrue(ownedBy(SOURCES.resolve("signature")).contains("signature"));
    }

    private static Set<String> tables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATED.matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1));
                }
            }
        }
        return tables;
    }

    private static List<Path> capabilities() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            return packages.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Set<String> ownedBy(Path capability) throws IOException {
        Path packageInfo = capability.resolve("package-info.java");
        Set<String> owned = new TreeSet<>();
        if (Files.exists(packageInfo)) {
            Matcher code = CODE.matcher(Files.readString(packageInfo));
            while (code.find()) {
                owned.add(code.group(1));
            }
        }
        return owned;
    }
}
