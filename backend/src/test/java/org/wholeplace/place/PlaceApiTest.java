package org.wholeplace.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.WholePlaceTest;

/** Reference data over HTTP: places and their populations, agencies, themes, years, and the schema pages. */
@WholePlaceTest
class PlaceApiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    WebTestClient web;

    @Test
    void greaterManchesterIsTheCombinedAuthorityAndItsTenBoroughs() {
        var response = graphQl.documentName("placesWithin").variable("within", "E47000001").execute();

        response.path("places[*].code").entityList(String.class).containsExactly("E47000001", "E08000001",
                "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007", "E08000008",
                "E08000009", "E08000010");
        response.path("places[1].parent.code").entity(String.class).isEqualTo("E47000001");
    }

    @Test
    void manchesterWithItsMidYearPopulations() {
        var response = graphQl.documentName("placeWithPopulation").variable("code", "E08000003").execute();

        response.path("place.name").entity(String.class).isEqualTo("Manchester");
        response.path("place.kind").entity(String.class).isEqualTo("metropolitan-district");
        response.path("place.parent.code").entity(String.class).isEqualTo("E47000001");
        // population file: 15 rows for E08000003, mid-2010 to mid-2024
        response.path("place.population[*].midYear").entityList(Integer.class).hasSize(15);
        response.path("place.population[0].population").entity(Integer.class).isEqualTo(492_598);
        response.path("place.population[12].midYear").entity(Integer.class).isEqualTo(2022);
        response.path("place.population[12].population").entity(Integer.class).isEqualTo(569_103);
        response.path("place.population[12].derived").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void greaterManchestersPopulationIsTheSumOfItsBoroughs() {
        var response = graphQl.documentName("placeWithPopulation").variable("code", "E47000001").execute();

        response.path("place.children[*].code").entityList(String.class).hasSize(10);
        // the ten boroughs' mid-2022 estimates from the population file, added by hand
        response.path("place.population[12].population").entity(Integer.class).isEqualTo(2_919_285);
        response.path("place.population[12].derived").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void everyAuthorityInTheRevenueOutturnFilesIsAPlaceAndAnAgency() {
        var response = graphQl.documentName("referenceData").execute();

        // 426 authorities in each RSX file (the same codes both years) plus England, the 28 areas that only the
        // Fingertips extracts name (councils merged since 2019, such as Aylesbury Vale), the 4 bodies of the RS 2017-18
        // that neither names (North Yorkshire's E10000022, Hampshire fire, the GM waste authority and the North East
        // combined authority; counted with Python), the 4 unitary authorities of 2023 that only the Fingertips download
        // names (E06000063 to E06000066), and the 10 that only the DfE files name (their regions E12000001 to
        // E12000009 but London, and Inner and Outer London, E13000001 and 2)
        response.path("places[*].code").entityList(String.class).hasSize(427 + 28 + 4 + 4 + 10)
                .contains("E6803", "E23000005", "E07000004");
        // one per authority, plus GM Fire and Rescue, which reports inside the GMCA's return, and the five agencies
        // of V8 (NHS GM, DWP, probation, schools, voluntary sector); the RS 2017-18 adds the 32 authorities of its own
        // (the 28 merged councils the Fingertips extracts name as places, and the 4 bodies above)
        response.path("agencies[*].code").entityList(String.class).hasSize(427 + 5 + 32);
        response.path("agencies[?(@.code == 'gm-fire')].name").entityList(String.class)
                .containsExactly("Greater Manchester Fire and Rescue Service");
        response.path("agencies[?(@.code == 'E23000005')].area.code").entityList(String.class)
                .containsExactly("E47000001");
        response.path("agencies[?(@.code == 'E08000003')].name").entityList(String.class)
                .containsExactly("Manchester City Council");
        response.path("financialYears[*].label").entityList(String.class).containsExactly("2010-11", "2011-12",
                "2012-13", "2013-14", "2017-18", "2021-22", "2022-23");
        response.path("financialYears[6].startsOn").entity(String.class).isEqualTo("2022-04-01");
        response.path("financialYears[6].endsOn").entity(String.class).isEqualTo("2023-03-31");
        // ordered by name
        response.path("themes[*].code").entityList(String.class).containsExactly("early-years",
                "health-and-social-care", "transforming-justice", "troubled-families", "worklessness");
        // the 14 RSX service groups and 2010-11's one social care column (V17)
        response.path("services[*].code").entityList(String.class).hasSize(15).contains("social-care");
        response.path("services[14].total").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void placesWithinAnUnknownPlaceIsRefusedNamingIt() {
        graphQl.documentName("placesWithin").variable("within", "E47999999").execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("Unknown place code 'E47999999' in within");
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                }));
    }

    @Test
    void anUnknownPlaceIsNull() {
        graphQl.documentName("placeWithPopulation").variable("code", "E08999999").execute()
                .path("place").valueIsNull();
    }

    @Test
    void schemaAndGraphiqlAreServed() {
        web.get().uri("/graphql/schema").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(sdl -> assertThat(sdl).contains("type SpendRow", "scalar Money"));
        web.get().uri("/graphiql?path=/graphql").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).containsIgnoringCase("graphiql"));
    }
}
