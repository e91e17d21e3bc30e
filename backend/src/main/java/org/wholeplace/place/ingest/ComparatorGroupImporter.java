package org.wholeplace.place.ingest;

import static org.wholeplace.db.generated.Tables.COMPARATOR_GROUP;
import static org.wholeplace.db.generated.Tables.COMPARATOR_MEMBER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * Loads named comparator groups (CIPFA nearest neighbours, statistical neighbours): a CSV with the columns
 * {@code group, group_name, member}, one row per member. A group's members are replaced whole by a later file that
 * names the group; groups it does not name stay as they are.
 */
@Component
public class ComparatorGroupImporter implements FileImporter<List<ComparatorGroup>> {

    static final List<String> COLUMNS = List.of("group", "group_name", "member");
    private static final Pattern GROUP_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ReferenceDataCache reference;

    public ComparatorGroupImporter(ReferenceDataCache reference) {
        this.reference = reference;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPARATORS;
    }

    @Override
    public Mono<List<ComparatorGroup>> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read(), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<ComparatorGroup> groups) {
        return source.stated();
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<ComparatorGroup> groups,
                                     ImportSource source) {
        List<String> codes = groups.stream().map(ComparatorGroup::code).toList();
        List<List<String>> members = groups.stream()
                .flatMap(g -> g.members().stream().map(member -> List.of(g.code(), member))).toList();
        return Mono.from(scope.dsl().deleteFrom(COMPARATOR_MEMBER).where(COMPARATOR_MEMBER.GROUP_CODE.in(codes)))
                .then(BatchInsert.insert(scope.dsl(), COMPARATOR_GROUP, List.of(COMPARATOR_GROUP.CODE,
                                COMPARATOR_GROUP.NAME, COMPARATOR_GROUP.BATCH_ID), groups,
                        g -> List.of(g.code(), g.name(), batchId),
                        insert -> insert.onConflict(COMPARATOR_GROUP.CODE).doUpdate()
                                .set(COMPARATOR_GROUP.NAME, DSL.excluded(COMPARATOR_GROUP.NAME))
                                .set(COMPARATOR_GROUP.BATCH_ID, DSL.excluded(COMPARATOR_GROUP.BATCH_ID))))
                .then(BatchInsert.insert(scope.dsl(), COMPARATOR_MEMBER, List.of(COMPARATOR_MEMBER.GROUP_CODE,
                        COMPARATOR_MEMBER.PLACE_CODE), members, row -> row))
                .thenReturn(BatchContents.of(members.size()).withNotes("groups: " + String.join(", ", codes)));
    }

    static List<ComparatorGroup> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, COLUMNS, problems, (row, line) -> {
            int before = problems.total();
            String group = row.get("group").strip();
            String name = row.get("group_name").strip();
            String member = row.get("member").strip();
            if (!GROUP_CODE.matcher(group).matches()) {
                problems.add(line, "group", "'" + group + "' is not a group code (lower case, digits and hyphens)");
            }
            if (name.isEmpty()) {
                problems.add(line, "group_name", "a group needs its name");
            } else if (names.containsKey(group) && !names.get(group).equals(name)) {
                problems.add(line, "group_name", "group " + group + " is named '" + names.get(group)
                        + "' on an earlier line");
            } else {
                names.putIfAbsent(group, name);
            }
            CodeCheck.place(known, member).ifPresent(problem -> problems.add(line, "member", problem));
            if (problems.total() > before) {
                return;
            }
            Long earlier = firstLine.putIfAbsent(group + "/" + member, line);
            if (earlier != null) {
                problems.add(line, "member", member + " is in group " + group + " already (line " + earlier + ")");
                return;
            }
            members.computeIfAbsent(group, g -> new ArrayList<>()).add(member);
        });
        if (members.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no members");
        }
        problems.throwIfAny();
        return members.entrySet().stream()
                .map(e -> new ComparatorGroup(e.getKey(), names.get(e.getKey()),
                        e.getValue().stream().sorted().toList()))
                .toList();
    }
}
