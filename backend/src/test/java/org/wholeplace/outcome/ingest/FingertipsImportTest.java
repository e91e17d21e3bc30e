package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.outcome.ingest.CurrentObservations.current;
import static org.wholeplace.outcome.ingest.CurrentObservations.currentBatch;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ProblemGroup;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.Significance;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The shipped Fingertips extracts, loaded at start as demo data, and broken variants of them. Expected figures are
 * read off the files by hand (line numbers given) or counted in them with a spreadsheet.
 */
@WholePlaceTest
class FingertipsImportTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @Autowired
    HttpGraphQlTester graphQl;
    @TempDir
    Path dir;

    private static Path shipped(String name) {
        return TestDatabase.data().resolve("fingertips").resolve(name);
    }

    private int count(org.jooq.Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    @Test
    void everyShippedExtractIsLoadedUnderItsIndicatorWithNothingDropped() {
        // indicator -> rows, rows with NA as value (counted in each file)
        Map<String, List<Integer>> expected = Map.of(
                "90632", List.of(924, 11), "90803", List.of(1228, 5), "child-protection-plans", List.of(462, 5),
                "neet-16-17", List.of(462, 1), "91414", List.of(3280, 27), "22401", List.of(2624, 23),
                "self-harm-admissions", List.of(2624, 23),
                // the official download, data/fingertips/official/la_hospital_admissions_2324.csv
                "90284", List.of(6505, 261));
        Map<String, List<Integer>> loaded = new TreeMap<>();
        Flux.from(dsl.select(OBSERVATION.INDICATOR_ID, DSL.count(),
                                DSL.count().filterWhere(OBSERVATION.VALUE.isNull()))
                        .from(OBSERVATION)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OBSERVATION.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(IMPORT_BATCH.KIND.eq("fingertips"))
                        .groupBy(OBSERVATION.INDICATOR_ID))
                .doOnNext(r -> loaded.put(r.value1(), List.of(r.value2(), r.value3())))
                .blockLast();
        assertThat(loaded).isEqualTo(new TreeMap<>(expected));

        var falls = currentBatch(dsl, "admissions_falls.csv");
        assertThat(falls.getKind()).isEqualTo("fingertips");
        assertThat(falls.getPeriod()).isEqualTo("2010/11 to 2017/18");
        assertThat(falls.getRowsRead()).isEqualTo(2624);
        assertThat(falls.getRowsLoaded()).isEqualTo(2624);
        assertThat(falls.getLicence()).isEqualTo("Open Government Licence v3.0");
        assertThat(falls.getSourceKey()).isEqualTo("fingertips:Fingertips public health profiles:22401");
    }

    @Test
    void valuesPeriodsAndTheSourcesOwnSignificanceAreKeptAsPublished() {
        // school_readiness_fsm.csv line 832: E08000003,Manchester,2017/18,61,...,Better
        Record manchester = current(dsl, "90632", "E08000003", "2017/18");
        assertThat(manchester.get(OBSERVATION.VALUE)).isEqualByComparingTo("61");
        assertThat(manchester.get(OBSERVATION.PERIOD_START)).isEqualTo(LocalDate.parse("2017-04-01"));
        assertThat(manchester.get(OBSERVATION.PERIOD_END)).isEqualTo(LocalDate.parse("2018-03-31"));
        assertThat(manchester.get(OBSERVATION.SOURCE_SIGNIFICANCE)).isEqualTo("better");
        assertThat(manchester.get(OBSERVATION.SEX)).isEqualTo("persons");
        assertThat(manchester.get(OBSERVATION.SOURCE_LINE)).isEqualTo(832);
        assertThat(manchester.get(OBSERVATION.COUNT)).isNull();
        assertThat(manchester.get(OBSERVATION.LOWER_95)).isNull();

        // children_in_care.csv lines 2-3, the data README's known oddity: kept as published, 8.7 then 81.9
        assertThat(current(dsl, "90803", "E47000001", "2011").get(OBSERVATION.VALUE)).isEqualByComparingTo("8.7");
        Record twelve = current(dsl, "90803", "E47000001", "2012");
        assertThat(twelve.get(OBSERVATION.VALUE)).isEqualByComparingTo("81.9");
        assertThat(twelve.get(OBSERVATION.PERIOD_START)).isEqualTo(LocalDate.parse("2012-01-01"));
        assertThat(twelve.get(OBSERVATION.SOURCE_SIGNIFICANCE)).isEqualTo("not-compared");
    }

    @Test
    void aValueNotPublishedIsKeptWithItsReason() {
        // neets.csv: the one NA
        Record na = Mono.from(dsl.select(OBSERVATION.fields()).from(OBSERVATION)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OBSERVATION.BATCH_ID))
                .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                .and(OBSERVATION.INDICATOR_ID.eq("neet-16-17"))
                .and(OBSERVATION.VALUE.isNull())).block();
        assertThat(na.get(OBSERVATION.NOTE)).isEqualTo("no value published (NA)");
    }

    @Test
    void everyAreaAnExtractNamesBecomesAPlace() throws IOException {
        List<String> codes = new ArrayList<>();
        for (String file : List.of("admissions_falls.csv", "children_in_care.csv")) {
            Files.readAllLines(shipped(file)).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                    .distinct().forEach(codes::add);
        }
        assertThat(Mono.from(dsl.selectCount().from(PLACE).where(PLACE.CODE.in(codes))).block().value1())
                .isEqualTo((int) codes.stream().distinct().count());
        // a district abolished in 2020, in no revenue outturn file we ship: registered from the extract
        var aylesbury = Mono.from(dsl.selectFrom(PLACE).where(PLACE.CODE.eq("E07000004"))).block();
        assertThat(aylesbury.getName()).isEqualTo("Aylesbury Vale");
        assertThat(aylesbury.getKind()).isEqualTo("shire-district");
        assertThat(aylesbury.getParentCode()).isEqualTo("E92000001");
    }

    @Test
    void loadingTheSameExtractAgainChangesNothing() {
        int observations = count(OBSERVATION);
        int batches = count(IMPORT_BATCH);

        ImportOutcome again = imports.load(ImportKind.FINGERTIPS, shipped("neets.csv"));

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(count(OBSERVATION)).isEqualTo(observations);
        assertThat(count(IMPORT_BATCH)).isEqualTo(batches);
    }

    @Test
    void aCorrectedExtractReplacesTheEarlierOneKeepingItAsHistory() throws IOException {
        ImportOutcome original = imports.load(ImportKind.FINGERTIPS, shipped("neets.csv"));
        // line 2: Greater Manchester 2016 was 6.9
        String text = Files.readString(shipped("neets.csv")).replaceFirst(
                "E47000001,Greater Manchester,2016,6.9,", "E47000001,Greater Manchester,2016,7.0,");
        Path corrected = Files.writeString(dir.resolve("neets.csv"), text);

        ImportOutcome outcome = imports.load(ImportKind.FINGERTIPS, corrected);
        assertThat(outcome.supersededBatchIds()).containsExactly(original.batch().id());
        assertThat(current(dsl, "neet-16-17", "E47000001", "2016").get(OBSERVATION.VALUE)).isEqualByComparingTo("7.0");
        assertThat(Mono.from(dsl.selectCount().from(OBSERVATION)
                .where(OBSERVATION.BATCH_ID.eq(original.batch().id()))).block().value1()).isEqualTo(462);

        assertThat(imports.load(ImportKind.FINGERTIPS, shipped("neets.csv")).supersededBatchIds())
                .containsExactly(outcome.batch().id());
        assertThat(current(dsl, "neet-16-17", "E47000001", "2016").get(OBSERVATION.VALUE)).isEqualByComparingTo("6.9");
    }

    @Test
    void aBrokenExtractIsRefusedWholeListingEveryProblemAndChangesNothing() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(shipped("neets.csv")));
        String indicator = "\"Proportion of 16-17 year olds not in education, employment or training (NEET)\"";
        lines.set(2, "E47000001,Greater Manchester,2017/19,6.3," + indicator + ",Percentage,Persons,Worse");
        lines.set(3, "E47000001,Greater Manchester,2018,six," + indicator + ",Percentage,Persons,Worse");
        lines.set(4, "E9200001,England,2016,6," + indicator + ",Percentage,Persons,Not compared");
        lines.set(5, "E06000001,Hartlepool,2016,4.8," + indicator + ",Percentage,Persons,Meh");
        lines.set(6, "E06000002,Middlesbrough,2016,5.4,NEETs," + "Percentage,Persons,Similar");
        lines.set(7, "E06000003,Redcar and Cleveland,2016,7.2," + indicator + ",Rate,Persons,Worse");
        lines.set(8, "E06000004,Stockton-on-Tees,2016,4.4," + indicator + ",Percentage,Persons,Better");
        lines.set(9, "E06000004,Stockton-on-Tees,2016,4.3," + indicator + ",Percentage,Persons,Better");
        lines.set(10, "E06000007,Warrington,2016,2.3," + indicator);   // truncated
        lines.add("E99999999,,2016,1.0," + indicator + ",Percentage,Persons,Better");
        Path broken = Files.writeString(dir.resolve("neets-broken.csv"), String.join("\n", lines) + "\n");
        int observations = count(OBSERVATION);
        int batches = count(IMPORT_BATCH);
        int places = count(PLACE);

        assertThatThrownBy(() -> imports.load(ImportKind.FINGERTIPS, broken))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.problems()).containsExactly(
                    new ImportProblem("neets-broken.csv", 3, "period", "'2017/19' is not a period (2018, 2017/18, "
                            + "2017-18, 2016-18, 2016/17 - 18/19, 2018 Q1, 2018/19 Q1)"),
                    new ImportProblem("neets-broken.csv", 4, "value", "'six' is not a number"),
                    new ImportProblem("neets-broken.csv", 5, "area_code", "'E9200001' is not an ONS area code"),
                    new ImportProblem("neets-broken.csv", 6, "significance",
                            "'Meh' is not one of better, higher, lower, not compared, similar, worse"),
                    new ImportProblem("neets-broken.csv", 8, "measure",
                            "'Rate' is not the measure of indicator neet-16-17 ('Percentage')"),
                    new ImportProblem("neets-broken.csv", 10, "period", "a second value of indicator neet-16-17 "
                            + "for E06000004 in 2016 (first on line 9)"),
                    new ImportProblem("neets-broken.csv", 11, null, "has 5 fields, the header has 8"),
                    new ImportProblem("neets-broken.csv", 464, "area_name",
                            "area E99999999 is not known and the row does not name it"));
            // line 7's 'NEETs' is not in the catalogue: registered from the file (its measure says Percentage)
            assertThat(e.totalProblems()).isEqualTo(8);
        });
        assertThat(count(OBSERVATION)).isEqualTo(observations);
        assertThat(count(IMPORT_BATCH)).isEqualTo(batches);
        assertThat(count(PLACE)).isEqualTo(places);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, ("area_code,area_name,period,value,indicator\n"
                + "E06000001,Hartlepool Caf\u00e9,2016,4.8,NEETs\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> imports.load(ImportKind.FINGERTIPS, latin1))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems().getFirst().reason()).startsWith("is not UTF-8 text"));
    }

    @Test
    void anExtractWithoutTheRequiredColumnsIsRefused() throws IOException {
        Path noValue = Files.writeString(dir.resolve("no-value.csv"), "area_code,area_name,period,indicator\n");

        assertThatThrownBy(() -> imports.load(ImportKind.FINGERTIPS, noValue))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("no-value.csv", 1, "value", "no column 'value' in the header")));
    }

    /** The sample in the test resources: rows of two shipped extracts, read without a database. */
    /**
     * Fingertips' own download format (a hand-written sample, said so in its indicator name): breakdowns by sex, age
     * and category kept, and never mixed. 22401 makes lower better: of Manchester's 2500 and Bolton's 2400 (Persons),
     * Bolton ranks first; of their Male rows (2000, 2100), Manchester does; Bury's is withheld.
     */
    @Test
    void theFingertipsDownloadKeepsItsBreakdownsApart() throws Exception {
        Path sample = Path.of(getClass().getResource("/samples/fingertips-download.csv").toURI());
        ImportOutcome outcome = imports.load(ImportKind.FINGERTIPS, sample, new Provenance(
                "Fingertips download sample (hand-written)", "Whole Place tests", "none: invented", null, false));
        assertThat(outcome.batch().rowsRead()).isEqualTo(8);
        assertThat(outcome.batch().rowsLoaded()).isEqualTo(8);
        String query = """
                query($places: [ID!], $sexes: [String!], $ages: [String!], $categories: [String!]) {
                  indicator(id: "22401") {
                    observations(places: $places, periods: ["2019/20"], sexes: $sexes, ages: $ages,
                                 categories: $categories) {
                      place { code } sex age category categoryType value count denominator lower upper
                      limitsMethod rank rankOf sourceSignificance note
                    }
                  }
                }""";
        List<String> places = List.of("E08000003", "E08000001");

        var persons = graphQl.document(query).variable("places", places).variable("ages", List.of("65+ yrs"))
                .execute();
        persons.path("indicator.observations[*].sex").entityList(String.class).containsExactly("Persons", "Persons");
        persons.path("indicator.observations[*].rank").entityList(Integer.class).containsExactly(2, 1);
        persons.path("indicator.observations[*].rankOf").entityList(Integer.class).containsExactly(2, 2);
        persons.path("indicator.observations[0].count").entity(Double.class).isEqualTo(1050.0);
        persons.path("indicator.observations[0].denominator").entity(Double.class).isEqualTo(42000.0);
        persons.path("indicator.observations[0].lower").entity(Double.class).isEqualTo(2400.0);
        persons.path("indicator.observations[0].limitsMethod").entity(String.class).isEqualTo("SOURCE");
        persons.path("indicator.observations[0].sourceSignificance").entity(String.class).isEqualTo("WORSE");
        persons.path("indicator.observations[0].category").valueIsNull();

        var bySex = graphQl.document(query).variable("places", places).variable("ages", List.of("65+ yrs"))
                .variable("sexes", List.of("Male", "Female")).execute();
        bySex.path("indicator.observations[*].sex").entityList(String.class)
                .containsExactly("Male", "Male", "Female");
        bySex.path("indicator.observations[0].value").entity(Double.class).isEqualTo(2000.0);
        bySex.path("indicator.observations[0].rank").entity(Integer.class).isEqualTo(1);
        bySex.path("indicator.observations[2].rank").valueIsNull();   // no other Female row to rank among

        var decile = graphQl.document(query).variable("places", List.of("E08000003"))
                .variable("ages", List.of("65+ yrs"))
                .variable("categories", List.of("Most deprived decile (IMD2019)")).execute();
        decile.path("indicator.observations[*].value").entityList(Double.class).containsExactly(3100.0);
        decile.path("indicator.observations[0].categoryType").entity(String.class)
                .isEqualTo("County & UA deprivation deciles in England (IMD2019)");

        // without ages: the indicator's usual age band, that of the shipped extract (none stated), has no 2019/20
        graphQl.document(query).variable("places", places).execute()
                .path("indicator.observations").entityList(Object.class).hasSize(0);
        graphQl.document(query).variable("places", List.of("E08000002")).variable("ages", List.of("65+ yrs"))
                .execute().path("indicator.observations[0].note").entity(String.class)
                .isEqualTo("no value published (Value suppressed)");
    }

    /**
     * An indicator the catalogue lacks is registered from the file: a slug of its name, a proportion in % (its
     * measure), and lower is better, since Bolton is judged Worse above England's 10.0 and Bury Better below it.
     */
    @Test
    void anIndicatorNotInTheCatalogueIsRegisteredFromTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("smoking.csv"), """
                area_code,area_name,period,value,indicator,measure,unit,significance
                E92000001,England,2016,10.0,Test smoking at time of delivery,Percentage,Persons,Not compared
                E08000001,Bolton,2016,12.5,Test smoking at time of delivery,Percentage,Persons,Worse
                E08000002,Bury,2016,8.0,Test smoking at time of delivery,Percentage,Persons,Better
                E08000003,Manchester,2016,10.5,Test smoking at time of delivery,Percentage,Persons,Similar
                """);
        String id = "test-smoking-at-time-of-delivery";
        ImportOutcome outcome = imports.load(ImportKind.FINGERTIPS, file);
        var indicator = Mono.from(dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq(id))).block();
        assertThat(indicator.getName()).isEqualTo("Test smoking at time of delivery");
        assertThat(indicator.getSourceName()).isEqualTo("Test smoking at time of delivery");
        assertThat(indicator.getValueType()).isEqualTo("proportion");
        assertThat(indicator.getUnit()).isEqualTo("%");
        assertThat(indicator.getMultiplier()).isEqualTo(100);
        assertThat(indicator.getPolarity()).isEqualTo("lower-is-better");
        assertThat(indicator.getPublisher()).isEqualTo("Office for Health Improvement and Disparities");
        assertThat(outcome.batch().notes()).contains("registered indicator " + id + " ('Test smoking at time of "
                + "delivery') from the file: proportion in %, lower-is-better (inferred from 2 Better/Worse "
                + "judgements against England); list it in outcomes/indicators.csv to override");
        assertThat(current(dsl, id, "E08000001", "2016").get(OBSERVATION.VALUE)).isEqualByComparingTo("12.5");
    }

    /** Judgements that disagree (Worse above England, Worse below) infer nothing; a measure that says nothing refuses. */
    @Test
    void aPolarityIsInferredOnlyFromAgreeingJudgementsAndAMeasureMustSayWhatTheValuesAre() throws Exception {
        var england = new Place("E92000001", "England", "country", null, null);
        ReferenceData known = ReferenceData.of(List.of(england), List.of(), List.of(), List.of(), List.of(), Map.of());
        SourceFile mixed = SourceFile.of("mixed.csv", """
                area_code,area_name,period,value,indicator,measure,unit,significance
                E92000001,England,2016,50,Test visits,per 1000,Persons,Not compared
                E08000001,Bolton,2016,60,Test visits,per 1000,Persons,Worse
                E08000002,Bury,2016,40,Test visits,per 1000,Persons,Worse
                """.getBytes(StandardCharsets.UTF_8));

        var parsed = FingertipsImporter.parse(mixed, Map.of(), known);

        assertThat(parsed.newIndicators()).containsExactly(new NewIndicator("test-visits", "Test visits", "per 1000",
                ValueType.RATE, "per 1000", 1000, Polarity.NO_JUDGEMENT,
                0));
        SourceFile vague = SourceFile.of("vague.csv", """
                area_code,area_name,period,value,indicator,measure
                E92000001,England,2016,50,Test visits,Score
                E92000001,England,2017,51,Test visits,Score
                """.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FingertipsImporter.parse(vague, Map.of(), known))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.groups()).containsExactly(
                        new ProblemGroup("vague.csv", "indicator", "'Test visits' is not in the indicator catalogue, "
                                + "and neither its measure 'Score' nor its name says what its values are (a "
                                + "percentage, a rate per so many, a count, a life expectancy in years); add it to "
                                + "outcomes/indicators.csv with this source_name", 2,
                                List.of(2L, 3L))));
    }

    static final String DOWNLOAD_HEADER = "Indicator ID,Indicator Name,Area Code,Area Name,Sex,Age,Time period,Value,"
            + "Count,Denominator,Compared to England value or percentiles\n";

    /**
     * A download names its indicator by Fingertips id and has no measure column: one the catalogue lacks is registered
     * under that id, and what its values are is read from its counts: 25.0 = 50 / 200 x 100 and 12.5 = 30 / 240 x 100
     * make a percentage, 7.5 = 30 / 40,000 x 10,000 a rate per 10,000. Bolton, Worse above England, makes higher worse.
     */
    @Test
    void aDownloadRegistersAnIndicatorByItsIdReadingWhatItsValuesAreFromItsCounts() {
        var england = new Place("E92000001", "England", "country", null, null);
        ReferenceData known = ReferenceData.of(List.of(england), List.of(), List.of(), List.of(), List.of(), Map.of());
        SourceFile download = SourceFile.of("download.csv", (DOWNLOAD_HEADER
                + "99001,Test share,E92000001,England,Persons,All ages,2022/23,12.5,30,240,\n"
                + "99001,Test share,E08000001,Bolton,Persons,All ages,2022/23,25.0,50,200,Worse\n"
                + "99002,Test rate,E92000001,England,Persons,All ages,2022/23,7.5,30,40000,\n")
                .getBytes(StandardCharsets.UTF_8));

        var parsed = FingertipsDownload.parse(download, Map.of(), known);

        assertThat(parsed.newIndicators()).containsExactly(
                new NewIndicator("99001", "Test share", "inferred from Count and Denominator: value = count / "
                        + "denominator x 100", ValueType.PROPORTION, "%", 100, Polarity.LOWER_IS_BETTER, 1),
                new NewIndicator("99002", "Test rate", "inferred from Count and Denominator: value = count / "
                        + "denominator x 10,000", ValueType.RATE, "per 10,000", 10_000, Polarity.NO_JUDGEMENT, 0));
        assertThat(parsed.observations()).extracting(NewObservation::indicatorId).containsExactly("99001", "99001",
                "99002");
    }

    /** 410.2 is no scale of 30 / 40,000 (an age-standardised rate): what the values are cannot be told. */
    @Test
    void aDownloadWhoseValuesAreNotTheirCountsIsRefusedInOneLine() {
        var england = new Place("E92000001", "England", "country", null, null);
        ReferenceData known = ReferenceData.of(List.of(england), List.of(), List.of(), List.of(), List.of(), Map.of());
        SourceFile download = SourceFile.of("standardised.csv", (DOWNLOAD_HEADER
                + "99003,Test standardised,E92000001,England,Persons,All ages,2021/22,410.2,30,40000,\n"
                + "99003,Test standardised,E92000001,England,Persons,All ages,2022/23,398.0,31,40000,\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> FingertipsDownload.parse(download, Map.of(), known))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.groups()).containsExactly(
                        new ProblemGroup("standardised.csv", "Indicator ID", "indicator 99003 ('Test standardised') "
                                + "is not in the indicator catalogue, and its values are not their count over their "
                                + "denominator at one scale (a percentage, a rate per 1,000 to 100,000) nor counts, so "
                                + "what they are cannot be told; add it to outcomes/indicators.csv", 1,
                                List.of(2L))));
    }

    /**
     * A download's Parent Code, where it is a region's, places the area in it: the region becomes a comparator group.
     * Manchester 25.0 and Bolton 30.0 are in the North West (median 27.5); Camden, in London, is not.
     */
    @Test
    void aDownloadsRegionsBecomeComparatorGroups() throws IOException {
        Path file = Files.writeString(dir.resolve("regions.csv"), """
                Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Sex,Age,Time period,Value,Count,Denominator
                99010,Test regional share,,,E92000001,England,Persons,All ages,2022/23,24.0,48,200
                99010,Test regional share,E12000002,North West region,E08000003,Manchester,Persons,All ages,2022/23,25.0,50,200
                99010,Test regional share,E12000002,North West region,E08000001,Bolton,Persons,All ages,2022/23,30.0,60,200
                99010,Test regional share,E12000007,London region,E09000007,Camden,Persons,All ages,2022/23,20.0,40,200
                """);
        ImportOutcome outcome = imports.load(ImportKind.FINGERTIPS, file);
        assertThat(outcome.batch().notes()).contains("the regions of 3 areas, from their Parent Code");
        graphQl.document("{ comparatorGroups { code name members { code } } }").execute()
                .path("comparatorGroups[?(@.code == 'region:E12000002')].members[*].code")
                .entityList(String.class).containsExactly("E08000001", "E08000003");
        var panel = graphQl.document("""
                { boroughComparison(indicator: "99010", period: "2022/23", group: "region:E12000002") {
                    england median rows { place { code } value } } }""").execute();
        panel.path("boroughComparison.rows[*].place.code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).containsExactlyInAnyOrder("E08000003", "E08000001"));
        panel.path("boroughComparison.median").entity(Double.class).isEqualTo(27.5);
        panel.path("boroughComparison.england").entity(Double.class).isEqualTo(24.0);
    }

    /** Republished extracts put the sex in {@code inequality} and the judgement under {@code compared_to_England}. */
    @Test
    void republishedShapesKeepTheirSexAndSignificance() throws Exception {
        var catalogue = Map.of("neet-16-17", new ObservationWriter.KnownIndicator("neet-16-17",
                "Proportion of 16-17 year olds not in education, employment or training (NEET)", "Percentage"));
        var england = new Place("E92000001", "England", "country", null, null);
        SourceFile republished = SourceFile.of("republished.csv", """
                area_code,area_name,period,value,indicator,measure,inequality,compared_to_England
                E92000001,England,2016,6,"Proportion of 16-17 year olds not in education, employment or training \
                (NEET)",Percentage,Female,Not compared
                """.getBytes(StandardCharsets.UTF_8));

        var parsed = FingertipsImporter.parse(republished, catalogue, ReferenceData.of(List.of(england), List.of(),
                List.of(), List.of(), List.of(), Map.of()));

        assertThat(parsed.observations()).singleElement().satisfies(o -> {
            assertThat(o.sex()).isEqualTo(Sex.FEMALE);
            assertThat(o.sourceSignificance()).isEqualTo(Significance.NOT_COMPARED);
        });
    }

    @Test
    void theSampleReadsIntoObservationsAndTheAreasItIntroduces() throws Exception {
        SourceFile sample = SourceFile.read(Path.of(getClass().getResource("/samples/fingertips-extract.csv").toURI()));
        var catalogue = Map.of(
                "neet-16-17", new ObservationWriter.KnownIndicator("neet-16-17",
                        "Proportion of 16-17 year olds not in education, employment or training (NEET)", "Percentage"),
                "22401", new ObservationWriter.KnownIndicator("22401",
                        "Emergency hospital admissions due to falls in people aged 65 and over",
                        "Age standardised rate per 100,000"));
        var england = new Place("E92000001", "England", "country", null, null);

        var parsed = FingertipsImporter.parse(sample, catalogue, ReferenceData.of(List.of(england), List.of(),
                List.of(), List.of(), List.of(), Map.of()));

        assertThat(parsed.rowsRead()).isEqualTo(4);
        assertThat(parsed.withoutValue()).isEqualTo(1);
        assertThat(parsed.observations()).extracting(NewObservation::indicatorId, NewObservation::placeCode,
                        o -> o.period().label(), NewObservation::value,
                        o -> o.sourceSignificance() == null ? null : o.sourceSignificance().code(), NewObservation::note)
                .containsExactly(
                        tuple("neet-16-17", "E47000001", "2016", new BigDecimal("6.9"), "worse", null),
                        tuple("neet-16-17", "E92000001", "2016", new BigDecimal("6"), "not-compared", null),
                        tuple("neet-16-17", "E06000053", "2017", null, "not-compared", "no value published (NA)"),
                        tuple("22401", "E07000004", "2010/11", new BigDecimal("1657"), "better", null));
        assertThat(parsed.newPlaces()).containsExactly(
                new Place("E47000001", "Greater Manchester", "combined-authority-area", null, "E92000001"),
                new Place("E06000053", "Isles of Scilly", "unitary-authority", null, "E92000001"),
                new Place("E07000004", "Aylesbury Vale", "shire-district", null, "E92000001"));
    }

    @Test
    void decimalsAreExact() {
        // admissions_self_harm.csv line 2: Greater Manchester 2010/11, 249.2
        assertThat(current(dsl, "self-harm-admissions", "E47000001", "2010/11").get(OBSERVATION.VALUE))
                .isEqualTo(new BigDecimal("249.2"));
    }
}
