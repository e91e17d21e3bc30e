package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.wholeplace.HeadlessChromium;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceApplication;
import org.wholeplace.graphql.GoingAwayWebSocketHandler;
import org.wholeplace.provenance.ImportKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The viewer as a person uses it, in headless Chromium, on a backend serving the full demo data (the published files
 * and the generated multi-agency spend, as bin/run does) on a database of its own. It saves a screenshot of every
 * shipped dashboard under target/screenshots.
 */
class DashboardViewerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static ConfigurableApplicationContext server;
    static HeadlessChromium browser;
    static String base;

    @RegisterExtension
    final TestImports imports = new TestImports(() -> server);

    @BeforeAll
    static void aDemoServerAndABrowser() {
        server = new SpringApplicationBuilder(WholePlaceApplication.class).run("--server.port=0",
                "--spring.r2dbc.url=" + TestDatabase.newDatabase().r2dbcUrl(),
                "--wholeplace.admin.token=" + TestDatabase.ADMIN_TOKEN);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The dashboard drawn afresh, even where the page already shows it (opening the same address does nothing). */
    private static void show(String hash) {
        String address = base + "/#/" + hash;
        if (address.equals(browser.driver().getCurrentUrl())) {
            browser.driver().navigate().refresh();
        } else {
            browser.open(address);
        }
        awaitReady();
    }

    private static void awaitReady() {
        browser.await(WAIT, driver -> Boolean.TRUE.equals(browser.script(
                "return window.wholePlace && window.wholePlace.ready && document.body.dataset.state === 'ready'")));
    }

    private static JsonNode graphQl(String query) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body);
    }

    /** What the API gives for a panel of the overview, in a year. */
    private static JsonNode overviewPanel(String panel, String year) throws IOException, InterruptedException {
        JsonNode panels = graphQl("{ dashboard(id: \"overview\") { panels { id data(filters: {year: \"" + year
                + "\"}) { values } } } }").path("data").path("dashboard").path("panels");
        for (JsonNode p : panels) {
            if (p.path("id").asString().equals(panel)) {
                return p.path("data").path("values");
            }
        }
        throw new AssertionError("no panel " + panel);
    }

    private static List<Double> numbers(JsonNode values) {
        List<Double> numbers = new ArrayList<>();
        values.forEach(v -> numbers.add(v.isNull() ? null : Double.valueOf(v.asString())));
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static List<Double> chartValues(String panel) {
        List<Object> data = (List<Object>) browser.script("return window.wholePlace.charts.get(arguments[0])"
                + ".getOption().series[0].data", panel);
        return data.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /**
     * The overview for 2022-23, then 2021-22 chosen in its control: the KPI and the chart show what the API gives
     * for each year (the councils' total, £5,055,298,000 and then £4,694,656,000, read from the RSX files).
     */
    @Test
    void changingAFilterChangesTheChartAndItsNumbersToTheApis() throws Exception {
        show("overview");
        WebElement kpi = browser.driver().findElement(By.cssSelector("#panel-total-spend .kpi"));
        assertThat(kpi.getAttribute("data-value")).isEqualTo("5055298000.00");
        assertThat(kpi.getText()).isEqualTo("£5,055,298,000");
        assertThat(chartValues("by-service")).isEqualTo(numbers(overviewPanel("by-service", "2022-23")
                .path("series").get(0).path("values")));

        WebElement year = browser.driver().findElement(By.id("filter-year"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for='filter-year']")).getText())
                .isEqualTo("Financial year");
        new Select(year).selectByValue("2021-22");
        browser.await(WAIT, driver -> driver.getCurrentUrl().endsWith("#/overview?year=2021-22&prices=CASH"));
        awaitReady();

        assertThat(browser.driver().findElement(By.cssSelector("#panel-total-spend .kpi")).getAttribute("data-value"))
                .isEqualTo("4694656000.00");
        List<Double> api = numbers(overviewPanel("by-service", "2021-22").path("series").get(0).path("values"));
        assertThat(chartValues("by-service")).isEqualTo(api).isNotEqualTo(numbers(overviewPanel("by-service",
                "2022-23").path("series").get(0).path("values")));
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url.getHost()).isEqualTo("localhost"));
    }

    /**
     * Cash or real terms, a labelled control of its own: 2021-22's £4,694,656,000 in 2022-23 prices is
     * 4,694,656,000 × 102.0 ÷ 95.25 (the financial-year means of ONS's YBGB quarters, by hand) = £5,027,348,157.48.
     */
    @Test
    void thePricesControlShowsTheFiguresInRealTerms() {
        show("overview?year=2021-22");
        assertThat(browser.driver().findElement(By.cssSelector("label[for='filter-prices']")).getText())
                .isEqualTo("Prices");
        new Select(browser.driver().findElement(By.id("filter-prices"))).selectByValue("REAL");
        browser.await(WAIT, driver -> driver.getCurrentUrl().endsWith("#/overview?year=2021-22&prices=REAL"));
        awaitReady();

        assertThat(browser.driver().findElement(By.cssSelector("#panel-total-spend .kpi")).getAttribute("data-value"))
                .isEqualTo("5027348157.48");
    }

    /** The CSV the panel links to holds what its table shows, with the source note first. */
    @Test
    void aPanelsCsvMatchesThePanel() throws Exception {
        show("overview?year=2021-22");
        WebElement panel = browser.driver().findElement(By.id("panel-boroughs"));
        String href = panel.findElement(By.cssSelector("a[data-action='csv']")).getAttribute("href");
        assertThat(href).isEqualTo(base + "/dashboards/overview/panels/boroughs.csv?year=2021-22&prices=CASH");
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"overview-boroughs-2021-22-CASH.csv\"");
        assertThat(csv.body()).startsWith("# Greater Manchester at a glance: The boroughs side by side");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get()
                .parse(new StringReader(csv.body())).getRecords();
        List<String> headings = panel.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
                .toList();
        assertThat(records.getFirst().toList()).isEqualTo(headings);
        List<WebElement> rows = panel.findElements(By.cssSelector("tbody tr"));
        assertThat(records).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream()
                    .map(td -> td.getAttribute("data-value")).toList();
            assertThat(records.get(i + 1).toList()).usingElementComparator(DashboardViewerTest::sameFigure)
                    .isEqualTo(cells);
        }
    }

    /** The same text, or the same number however Java and JavaScript write it (1.0 and 1). */
    private static int sameFigure(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** Every chart has its table: shown by a button, from the keyboard too. */
    @Test
    void everyChartHasATableView() {
        show("overview");
        WebElement button = browser.driver().findElement(By.cssSelector("#panel-by-service button[data-action='table']"));
        WebElement table = browser.driver().findElement(By.id("table-by-service"));
        assertThat(table.isDisplayed()).isFalse();
        button.sendKeys(Keys.ENTER);
        assertThat(table.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(12);
    }

    /** An import that a dashboard reads, committed while it is open, refreshes it through the subscription. */
    @Test
    void anImportRefreshesAnOpenDashboard() throws Exception {
        show("borough-comparison");
        imports.load(ImportKind.FINGERTIPS, "viewer-refresh.csv", """
                area_code,area_name,period,value,indicator,measure,unit,significance
                E08000003,Manchester,2040,10,Test viewer refresh,"per 10,000",Persons,Not compared
                """);
        browser.await(WAIT, driver -> browser.script("return document.getElementById('announcer').textContent")
                .equals("Updated: new data from viewer-refresh.csv"));
        awaitReady();
        assertThat(browser.driver().findElements(By.cssSelector("#panel-spine .spine-row")).size())
                .isEqualTo(graphQl("{ indicators { id } }").path("data").path("indicators").size());
    }

    /**
     * The backend closes its sockets as it stops (graphql.GoingAwayWebSocketHandler, told alone here so that this
     * server stays up): the viewer connects again and redraws, and an import then still refreshes it.
     */
    @Test
    void theViewerConnectsAgainAfterTheBackendWentAway() throws Exception {
        show("borough-comparison");
        var sockets = (GoingAwayWebSocketHandler) server.getBean(GraphQlWebSocketHandler.class);
        browser.await(WAIT, driver -> sockets.openSessions() == 1);

        sockets.onApplicationEvent(new ContextClosedEvent(server));

        browser.await(WAIT, driver -> browser.script("return document.getElementById('announcer').textContent")
                .equals("Live refresh resumed; the figures are redrawn"));
        awaitReady();
        assertThat(sockets.openSessions()).isEqualTo(1);
        imports.load(ImportKind.FINGERTIPS, "viewer-reconnected.csv", """
                area_code,area_name,period,value,indicator,measure,unit,significance
                E08000003,Manchester,2040,10,Test viewer reconnected,"per 10,000",Persons,Not compared
                """);
        browser.await(WAIT, driver -> browser.script("return document.getElementById('announcer').textContent")
                .equals("Updated: new data from viewer-reconnected.csv"));
    }

    /**
     * A table writes the schema's enumerations in words and everything else as the API gives it: the borough
     * comparison's NOT_COMPARED as "Not compared", the NHS (an agency of the unit cost workbook) as "NHS".
     */
    @Test
    void tablesWriteEnumerationsInWordsAndNamesAsGiven() {
        show("borough-comparison");
        WebElement against = browser.driver()
                .findElement(By.cssSelector("#panel-ranked-table tbody tr td:nth-child(7)"));
        assertThat(against.getAttribute("data-value")).isEqualTo("NOT_COMPARED");
        assertThat(against.getText()).isEqualTo("Not compared");

        show("who-pays-who-benefits");
        List<String> agencies = browser.driver()
                .findElements(By.cssSelector("#panel-by-agency tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertThat(agencies).contains("NHS").doesNotContain("Nhs");
    }

    /** An appraisal's warnings are said beside its figures, as a note a screen reader announces as such. */
    @Test
    void aPanelsWarningsAreShownBesideIt() {
        show("transforming-justice");
        WebElement note = browser.driver().findElement(By.cssSelector("#panel-programmes .warnings"));
        assertThat(note.getAttribute("role")).isEqualTo("note");
        assertThat(note.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
                "Diversion from custody for women offenders (synthetic) combines CR8.0 with CR3.0; the Unit Cost "
                        + "Database says of CR8.0: \"As such, to avoid double-counting, this cost should not be "
                        + "combined with other cost figures for specific crime types.\"",
                "Uprated to 2015/16 (the values of CR3.0, CR8.0) with the GDP deflator of 2015/16, which the Unit "
                        + "Cost Database marks as forecast ('f'), not outturn: the figures move when the outturn is "
                        + "known.");
        assertThat(browser.driver().findElements(By.cssSelector("#panel-theme-spend .warnings"))).isEmpty();
    }

    /** Every shipped dashboard, drawn on the demo data, saved for a person to look at; and one at a phone's width. */
    @Test
    void screenshotsOfEveryShippedDashboard() throws Exception {
        List<String> ids = new ArrayList<>();
        graphQl("{ dashboards { id } }").path("data").path("dashboards").forEach(d -> ids.add(d.path("id")
                .asString()));
        assertThat(ids).hasSize(11);
        for (String id : ids) {
            browser.driver().manage().window().setSize(new Dimension(1300, 900));
            show(id);
            assertThat(browser.driver().findElements(By.cssSelector(".panel .error"))).as(id).isEmpty();
            long height = (Long) browser.script("return document.documentElement.scrollHeight");
            browser.driver().manage().window().setSize(new Dimension(1300, (int) Math.min(height + 40, 6000)));
            browser.script("window.dispatchEvent(new Event('resize'))");
            Path shot = browser.screenshot("dashboard-" + id);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(base + "/#/early-years");
        browser.driver().navigate().refresh();   // a page opened on a phone, not one narrowed
        awaitReady();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        assertThat(browser.driver().findElement(By.cssSelector("#dashboards details")).getAttribute("open"))
                .isNull();
        long height = (Long) browser.script("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(390, (int) Math.min(height + 40, 8000)));
        browser.script("window.dispatchEvent(new Event('resize'))");
        browser.screenshot("dashboard-early-years-phone");
        browser.driver().manage().window().setSize(new Dimension(1300, 900));
    }
}
